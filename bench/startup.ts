import path from 'node:path';
import { chromium } from 'playwright-core';
import { createCore } from '../main/core/core';
import { fileKeyProvider } from '../main/core/keys/fileKeyProvider';
import { chromiumArgs, chromiumPath } from '../scripts/chromiumPath';
import type { MethodName } from '../shared/api';
import { makeTempDir } from '../testing/tempDir';
import { spawnBackend } from './backendProcess';
import { PAGE_ONLY_LIBRARIES, allJs, printJs, requestedJs, totalGzipKb } from './bundle';
import { median } from './measure';
import type { Figure } from './report';
import type { AppStart, HostStart, PageMarks } from './startupPage';
import { appStart, bareStart, nodeStart } from './startupPage';
import { buildStartupHosts } from './startupApp';

const CLIENTS = 10_000;
const RUNS = 5;

/**
 * Cold start and bundle. Once: the app built (bench/startupApp.ts), the reference backend seeded
 * with a 10,000-client book and serving it from a fresh process, and a desk data folder with that
 * book synced (a core of this process signs in and syncs, then closes). Then, 5 times (after one
 * unmeasured start of each): the web host spawned as `npm run start:web` runs it, against that
 * backend and that folder, opened in Debian's Chromium (running already, a fresh context each
 * time: no cache, no cookie), signed in, until the first roster rows are painted
 * (bench/startupPage.ts says what "painted" means). The human part, reading the login page and
 * typing, is left out: the figure is spawn → login page painted plus sign-in click → rows
 * painted; Playwright fills the fields after the network is idle, outside both parts. Baseline:
 * the same host serving a bare page, spawned and opened the same way, until it is painted.
 * The JavaScript the login page loads: the files it requested, sized from the build.
 */
export async function benchStartup(): Promise<Figure[]> {
  const temp = makeTempDir('bench-startup');
  try {
    const hosts = await buildStartupHosts();
    const backendDb = temp.file('backend.sqlite');
    await (await spawnBackend(backendDb, CLIENTS)).stop();
    const backend = await spawnBackend(backendDb, CLIENTS);
    try {
      const dataDir = temp.file('desk');
      await syncOnce(dataDir, backend.url);
      const env = { ADVISOR_DESK_DATA_DIR: dataDir, ADVISOR_DESK_BACKEND_URL: backend.url };
      const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
      const apps: AppStart[] = [];
      const bares: { host: HostStart; marks: PageMarks }[] = [];
      const nodes: number[] = [];
      try {
        await bareStart(browser, hosts.bare.entry, env);
        await appStart(browser, hosts.app.entry, env);
        // Interleaved, the order swapped every run, so neither start always follows the other's shutdown.
        for (let run = 0; run < RUNS; run++) {
          const pair = [
            async () => bares.push(await bareStart(browser, hosts.bare.entry, env)),
            async () => apps.push(await appStart(browser, hosts.app.entry, env)),
          ];
          for (const start of run % 2 === 0 ? pair : pair.reverse()) await start();
          nodes.push(await nodeStart());
        }
      } finally {
        await browser.close();
      }
      const parts = apps.map(partsOf);
      const bare = { hostReady: bares.map((b) => b.host.readyAt - b.host.spawnedAt), painted: bares.map((b) => b.marks.bare! - b.host.spawnedAt) };
      printParts(parts, bare);
      printCalls(apps[parts.indexOf([...parts].sort((a, b) => a.total - b.total)[Math.floor(RUNS / 2)]!)]!);
      const at = (key: keyof Parts) => med(parts.map((p) => p[key]));

      const loginJs = requestedJs(hosts.app.rendererDir, apps.flatMap((a) => a.scripts.login));
      const deskJs = requestedJs(hosts.app.rendererDir, apps.flatMap((a) => a.scripts.desk));
      const everyJs = allJs(hosts.app.rendererDir);
      const lazyOnLogin = loginJs.filter((file) => PAGE_ONLY_LIBRARIES.test(file.name));
      printJs('JavaScript the login page loads (until the network is idle)', loginJs);
      printJs('further JavaScript loaded after signing in, until the first roster rows', deskJs);
      printJs("the whole app's JavaScript", everyJs);
      const lazyByRoster = deskJs.filter((file) => PAGE_ONLY_LIBRARIES.test(file.name));
      process.stderr.write(
        lazyOnLogin.length === 0
          ? `  ECharts and pdf.js: not loaded by the login page${lazyByRoster.length === 0 ? ', nor on the way to the roster' : `; the roster loads ${lazyByRoster.map((f) => f.name).join(', ')}`}.\n`
          : `  WARNING: the login page loads ${lazyOnLogin.map((f) => f.name).join(', ')}\n`,
      );
      const mb = (kb: number) => kb / 1000;

      return [
        { name: `cold start → first roster rows painted (median of ${RUNS})`, value: at('total') / 1000, unit: 's', baseline: med(bare.painted) / 1000, baselineName: 'the same host serving a bare page, painted', goal: '≤ 1.5 s' },
        { name: '  spawn → login page painted', value: at('loginPainted'), unit: 'ms', baseline: med(bare.painted), baselineName: 'the same host serving a bare page, painted' },
        { name: '  sign-in click → first roster rows painted', value: at('rowsPainted'), unit: 'ms', baseline: at('dataAnswered'), baselineName: "its API calls answered (the core's part)" },
        { name: '  web host ready (spawn → URL printed)', value: at('hostReady'), unit: 'ms', baseline: med(nodes), baselineName: 'a bare node process (spawn → first line)' },
        {
          name: `login page JavaScript, gzip (${loginJs.length} files${lazyOnLogin.length === 0 ? '; no ECharts, no pdf.js' : '; ECharts/pdf.js INCLUDED'})`,
          value: mb(totalGzipKb(loginJs)),
          unit: 'MB',
          baseline: mb(totalGzipKb(everyJs)),
          baselineName: "the whole app's JavaScript",
          goal: '≤ 0.6 MB (600 KB)',
        },
      ];
    } finally {
      await backend.stop();
    }
  } finally {
    temp.cleanup();
  }
}

const med = (values: readonly number[]) => median([...values].sort((a, b) => a - b));

/** The desk's folder with the whole book synced, as an RM's after the first day; then closed. */
async function syncOnce(dataDir: string, backendUrl: string): Promise<void> {
  const core = createCore({ dataDir, keyProvider: fileKeyProvider({ file: path.join(dataDir, 'db.key') }), backendUrl, appVersion: 'bench', syncIntervalMs: 3_600_000 });
  try {
    const steps: [MethodName, unknown][] = [
      ['session.login', { username: 'demo', password: 'demo1234' }],
      ['sync.now', {}],
    ];
    for (const [method, input] of steps) {
      const result = await core.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    }
  } finally {
    await core.close();
  }
}

/** One start's moments: the first group from the spawn, the second from the click on 登录. */
interface Parts {
  hostReady: number;
  navigationStart: number;
  htmlReceived: number;
  firstRender: number;
  loginInDom: number;
  loginPainted: number;
  loginAnswered: number;
  dataAnswered: number;
  rowsInDom: number;
  rowsPainted: number;
  total: number;
  wall: number;
}

function partsOf({ host, marks }: AppStart): Parts {
  const from = (t: number | undefined) => (t ?? Number.NaN) - host.spawnedAt;
  const submit = marks.submit ?? Number.NaN;
  const signedIn = marks.calls.filter((call) => call.start >= submit && call.end <= (marks.rowsInDom ?? Number.NaN));
  const loginCall = signedIn.find((call) => call.method === 'session.login');
  const parts: Omit<Parts, 'total'> = {
    hostReady: host.readyAt - host.spawnedAt,
    navigationStart: from(marks.navigationStart),
    htmlReceived: from(marks.htmlReceived),
    firstRender: from(marks.rootInDom),
    loginInDom: from(marks.loginInDom),
    loginPainted: from(marks.login),
    loginAnswered: (loginCall?.end ?? Number.NaN) - submit,
    dataAnswered: Math.max(...signedIn.map((call) => call.end)) - submit,
    rowsInDom: (marks.rowsInDom ?? Number.NaN) - submit,
    rowsPainted: (marks.rows ?? Number.NaN) - submit,
    wall: from(marks.rows),
  };
  return { ...parts, total: parts.loginPainted + parts.rowsPainted };
}

const LABELS: Record<keyof Parts, string> = {
  hostReady: 'spawn → web host printed its URL (core worker up, HTTP listening)',
  navigationStart: 'spawn → Chromium starts the navigation',
  htmlReceived: 'spawn → index.html received',
  firstRender: 'spawn → first React render in the DOM (scripts loaded and run)',
  loginInDom: 'spawn → login form in the DOM (app.info, session.current answered)',
  loginPainted: 'spawn → login page painted                          [part 1]',
  loginAnswered: 'click → session.login answered',
  dataAnswered: 'click → last API call before the rows answered',
  rowsInDom: 'click → first roster row in the DOM',
  rowsPainted: 'click → first roster rows painted                   [part 2]',
  total: 'part 1 + part 2                                      [figure]',
  wall: 'spawn → rows painted, typing by Playwright and idle wait included',
};

function printParts(parts: readonly Parts[], bare: Record<'hostReady' | 'painted', number[]>): void {
  const line = (label: string, values: readonly number[]) =>
    process.stderr.write(`    ${label.padEnd(68)} ${med(values).toFixed(0).padStart(6)}   ${values.map((v) => v.toFixed(0).padStart(5)).join(' ')}\n`);
  process.stderr.write(`\n  Cold start breakdown, ms (median, then each of the ${parts.length} runs)\n`);
  for (const key of Object.keys(LABELS) as (keyof Parts)[]) line(LABELS[key], parts.map((p) => p[key]));
  process.stderr.write('  The baseline, the same host serving a bare page\n');
  line('spawn → web host printed its URL', bare.hostReady);
  line('spawn → bare page painted                            [baseline]', bare.painted);
}

/** The API calls of the median start, each from its request to its answer: before the login page from the spawn, after it from the click. */
function printCalls({ host, marks }: AppStart): void {
  const submit = marks.submit ?? Number.NaN;
  process.stderr.write('  API calls of the median start (fetch of /api/invoke in the page; ms)\n');
  for (const call of [...marks.calls].sort((a, b) => a.start - b.start)) {
    const afterClick = call.start >= submit;
    if (afterClick && call.start > (marks.rows ?? Number.NaN)) continue;
    const zero = afterClick ? submit : host.spawnedAt;
    process.stderr.write(`    ${afterClick ? 'click' : 'spawn'} + ${(call.start - zero).toFixed(0).padStart(5)} → ${(call.end - zero).toFixed(0).padStart(5)}  ${call.method}\n`);
  }
}
