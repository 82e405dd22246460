/**
 * What the relay reports about refused or failed events. Fields are ids, codes, event names and
 * zod paths only: never a message's text, a caption or a token, which are client data or secrets.
 */
export type ChatLog = (event: string, fields: Record<string, string | number>) => void;

/** One JSON line on stderr per event; quiet under ADVISOR_DESK_QUIET=1 (the tests), like the desk's log. */
export const stderrChatLog: ChatLog = (event, fields) => {
  if (process.env.ADVISOR_DESK_QUIET === '1') return;
  process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), level: 'warn', event, ...fields })}\n`);
};
