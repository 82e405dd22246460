/**
 * The desk's only logger. It takes an event name and a few primitive fields so a call site
 * cannot pass a client record by accident; never log names, phone or ID numbers, amounts or
 * free text. Output goes to stderr as one JSON line per event.
 */
type LogValue = string | number | boolean | null;
type LogFields = Readonly<Record<string, LogValue>>;

function write(level: 'info' | 'warn' | 'error', event: string, fields: LogFields): void {
  // Quiet (tests, and the web host under the e2e runner): errors only.
  if (process.env.ADVISOR_DESK_QUIET === '1' && level !== 'error') return;
  process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), level, event, ...fields })}\n`);
}

export const log = {
  info: (event: string, fields: LogFields = {}) => write('info', event, fields),
  warn: (event: string, fields: LogFields = {}) => write('warn', event, fields),
  error: (event: string, fields: LogFields = {}) => write('error', event, fields),
};

/** The class and code of an error, without its message (which may quote data). */
export function errorKind(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name}:${code}` : error.name;
  }
  return typeof error;
}
