import { benchFoundation } from './foundation';
import { printFigures } from './report';
import { benchSync } from './sync';

/**
 * `npm run bench`: every benchmark, each figure beside its baseline as a ratio. Timing targets
 * live here, never in unit tests. Figures are medians unless named otherwise.
 */
process.env.ADVISOR_DESK_QUIET = '1';
process.stdout.write(`Advisor Desk benchmarks — Node ${process.version}, ${process.platform}/${process.arch}\n`);
printFigures('Foundation (10,000-client book)', benchFoundation());
printFigures('Sync with the bank (10,000-client book, backend in its own process on loopback)', await benchSync());
