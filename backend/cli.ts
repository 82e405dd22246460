/**
 * The reference backend as a program:
 *   tsx backend/cli.ts [--db FILE] [--host H] [--port N] [--clients N] [--seed N] [--as-of YYYY-MM-DD] [--reset]
 * Prints `ADVISOR_DESK_BACKEND_URL=http://127.0.0.1:<port>` on stdout when ready. Bundled to
 * CommonJS by esbuild, hence no import.meta and no top-level await.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isoDateSchema } from '../shared/domain/primitives';
import { DEFAULT_DEMO_CLIENTS, DEFAULT_DEMO_SEED, MAX_DEMO_CLIENTS } from './demo/generate';
import { describeZodError } from './zodError';
import { startBackend } from './start';

const USAGE = `Usage: advisor-desk-backend [options]
  --db <file>           SQLite file (default ./.advisor-desk/backend.sqlite)
  --host <host>         address to listen on (default 127.0.0.1)
  --port <n>            port, 0 for any free one (default 0)
  --clients <n>         demo clients of advisor "demo", 1..${MAX_DEMO_CLIENTS} (default ${DEFAULT_DEMO_CLIENTS})
  --seed <n>            demo data seed (default ${DEFAULT_DEMO_SEED})
  --as-of <YYYY-MM-DD>  demo data reference day (default today, China time)
  --reset               delete the database first
  --help                show this text
The demo book is written only into an empty database; restarts keep the data.`;

const intArg = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const argsSchema = z.object({
  db: z.string().min(1).default('./.advisor-desk/backend.sqlite'),
  host: z.string().min(1).default('127.0.0.1'),
  port: intArg(0, 65_535).default(0),
  clients: intArg(1, MAX_DEMO_CLIENTS).default(DEFAULT_DEMO_CLIENTS),
  seed: intArg(0, Number.MAX_SAFE_INTEGER).default(DEFAULT_DEMO_SEED),
  'as-of': isoDateSchema.optional(),
  reset: z.boolean().default(false),
});

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function readArgs() {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        clients: { type: 'string' },
        seed: { type: 'string' },
        'as-of': { type: 'string' },
        reset: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  delete values.help;
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) return fail(`--${describeZodError(parsed.error, 'arguments')}`);
  return parsed.data;
}

async function main(): Promise<void> {
  const args = readArgs();
  const dbPath = resolve(args.db);
  if (args.reset) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });

  const backend = await startBackend({
    dbPath,
    host: args.host,
    port: args.port,
    demo: { clients: args.clients, seed: args.seed, ...(args['as-of'] ? { asOf: args['as-of'] } : {}) },
  });
  const counts = backend.store.counts();
  process.stderr.write(
    `${backend.seeded ? 'seeded' : 'opened'} ${dbPath}: ${counts.clients} clients, ${counts.holdings} holdings, ${counts.interactions} interactions\n`,
  );
  // The one line a parent process waits for.
  process.stdout.write(`ADVISOR_DESK_BACKEND_URL=${backend.url}\n`);

  const shutdown = () => {
    backend.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  // The message only: a stack trace from the store could quote SQL or data.
  process.stderr.write(`backend failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
