import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore } from '../main/core/core';
import { fileKeyProvider } from '../main/core/keys/fileKeyProvider';
import type { CoreBootData } from '../main/core/port/coreBootData';
import { superviseCore } from '../main/core/port/supervisedCore';
import { FEED_WORKER_ENV } from '../main/core/sync/feed/feedProtocol';
import { spawnWorkerCore } from '../main/core/port/workerCore';
import { createReportRendering } from '../main/core/reports/defaultRendering';
import { REPORT_WORKER_ENV } from '../reports/batch/workerFile';
import { renderReportPdf } from '../reports/render';
import { buildFeedWorker, buildNodeBundle, buildReportWorker } from '../scripts/nodeBundles';
import type { ApiResult, BatchStatus, MethodName, RosterRow } from '../shared/api';
import { makeTempDir } from '../testing/tempDir';
import { spawnBackend } from './backendProcess';
import type { Figure } from './report';

const CLIENTS = 10_000;
const BATCH = 200;
const root = path.resolve(import.meta.dirname, '..');

type Dispatch = (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;
type Phase = 'first sync' | 'single report' | `${typeof BATCH}-report batch`;
interface Delay {
  p99: number;
  max: number;
}

/**
 * How the host's own thread (Electron's main process, the web host's) keeps up while the core
 * works: its event-loop delay (perf_hooks) during a first sync of the 10,000-client book, one
 * allocation report and a 200-report batch. The layout that ships (the core in a worker thread,
 * single reports in the core's warm render worker) beside the layout before it, measured in the
 * same run: the core on the host's thread, rendering single reports there too.
 */
export async function benchHostDelay(): Promise<Figure[]> {
  const temp = makeTempDir('bench-host');
  try {
    const backendDb = temp.file('backend.sqlite');
    await (await spawnBackend(backendDb, CLIENTS)).stop();
    const backend = await spawnBackend(backendDb, CLIENTS);
    try {
      // Bundled inside the repo, so that they find node_modules; the report worker beside the
      // core worker, where the core looks for it, and named for the in-thread core.
      const bundles = path.join(root, '.cache', 'bench', 'host');
      const [coreFile, reportFile] = await Promise.all([
        buildNodeBundle('main/boot/coreWorker.ts', path.join(bundles, 'coreWorker.cjs')),
        buildReportWorker(path.join(bundles, 'reportWorker.cjs')),
        buildFeedWorker(path.join(bundles, 'feedWorker.cjs')),
      ]);
      process.env[REPORT_WORKER_ENV] = reportFile;
      // The layout before: no feed worker either (the worker core finds its own beside it).
      process.env[FEED_WORKER_ENV] = '';
      const inThread = await measure(temp.file('in-thread'), (dataDir) => inThreadCore(dataDir, backend.url));
      const worker = await measure(temp.file('worker'), (dataDir) => workerCore(dataDir, backend.url, coreFile));
      return (Object.keys(worker) as Phase[]).flatMap((phase) => [
        { name: `host event-loop delay p99, ${phase}`, value: worker[phase].p99, unit: 'ms', baseline: inThread[phase].p99, baselineName: 'the core on the host thread', goal: '≤ 10 ms' },
        { name: `host event-loop delay max, ${phase}`, value: worker[phase].max, unit: 'ms', baseline: inThread[phase].max, baselineName: 'the core on the host thread', goal: '≤ 50 ms' },
      ]);
    } finally {
      await backend.stop();
    }
  } finally {
    temp.cleanup();
  }
}

interface Layout {
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Before issue 11: the core, its SQLite and single reports all on the host's thread. */
async function inThreadCore(dataDir: string, backendUrl: string): Promise<Layout> {
  const rendering = createReportRendering();
  const core = createCore({
    dataDir,
    keyProvider: fileKeyProvider({ file: path.join(dataDir, 'db.key') }),
    backendUrl,
    appVersion: 'bench',
    syncIntervalMs: 3_600_000,
    reportRendering: { ...rendering, render: (snapshot) => renderReportPdf(snapshot) },
  });
  return { dispatch: (method, input) => core.dispatch(method, input), close: () => core.close() };
}

/** As the web host runs it: the core bundle in a worker thread behind the port, under the supervisor. */
async function workerCore(dataDir: string, backendUrl: string, coreFile: string): Promise<Layout> {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ backendUrl, syncIntervalMs: 3_600_000 }));
  const bootData: CoreBootData = { dataDir, appVersion: 'bench', key: { kind: 'file', file: path.join(dataDir, 'db.key') } };
  const core = await superviseCore({ spawn: () => spawnWorkerCore(bootData, coreFile) });
  return { dispatch: (method, input) => core.dispatch(method, input), close: () => core.close() };
}

async function measure(dataDir: string, start: (dataDir: string) => Promise<Layout>): Promise<Record<Phase, Delay>> {
  const layout = await start(dataDir);
  const call = async (method: MethodName, input: unknown = {}) => {
    const result = await layout.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  try {
    await call('session.login', { username: 'demo', password: 'demo1234' });
    const firstSync = await during(() => call('sync.now'));
    const { rows } = (await call('clients.page', { offset: 0, limit: BATCH })) as { rows: RosterRow[] };
    // One report rendered before, as an RM's first of the day warms the renderer.
    await call('reports.generate', { clientId: rows[0]!.id, kind: 'allocation' });
    const single = await during(() => call('reports.generate', { clientId: rows[1]!.id, kind: 'allocation' }));
    const batch = await during(async () => {
      let status = (await call('reports.batchStart', { kind: 'annual_wealth', clients: rows.map((r) => r.id) })) as BatchStatus;
      while (status.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await call('reports.batchStatus', { batchId: status.batchId })) as BatchStatus;
      }
    });
    return { 'first sync': firstSync, 'single report': single, [`${BATCH}-report batch`]: batch } as Record<Phase, Delay>;
  } finally {
    await layout.close();
  }
}

/** The host thread's event-loop delay while `work` runs, sampled every millisecond. */
async function during(work: () => Promise<unknown>): Promise<Delay> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  try {
    // The histogram measures from its timer's first tick: a thread blocked before it would go unseen.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await work();
    // A thread blocked to the end records its delay only when its timer fires after the work.
    await new Promise((resolve) => setTimeout(resolve, 5));
  } finally {
    histogram.disable();
  }
  return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
}
