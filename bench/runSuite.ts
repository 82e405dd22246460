import { SUITES } from './suites';

/** Runs one suite (named on the command line) and prints its figures as JSON, for bench/index.ts. */
const suite = SUITES[process.argv[2] ?? ''];
if (!suite) {
  process.stderr.write(`Unknown suite. Known: ${Object.keys(SUITES).join(', ')}\n`);
  process.exit(2);
}
process.env.ADVISOR_DESK_QUIET = '1';
process.stdout.write(`${JSON.stringify(await suite.run())}\n`);
