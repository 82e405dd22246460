import { bootForPort } from '../boot/bootForPort';
import { runUtilityCore } from '../core/port/utilityEntry';

/**
 * Electron's utility process for the core (ARCHITECTURE §3): the main process keeps windows,
 * menus, printing, safeStorage and the protocol; everything else runs here, reached by each
 * window over its own MessagePort.
 */
const parent = process.parentPort as unknown as Parameters<typeof runUtilityCore>[0] | undefined;
if (!parent) throw new Error('main/electron/coreProcess runs as an Electron utility process only');
runUtilityCore(parent, bootForPort);
