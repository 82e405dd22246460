import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Wall-clock milliseconds with sub-millisecond resolution; the page's clock reads the same way (`performance.timeOrigin + performance.now()`). */
export const epochNow = () => performance.timeOrigin + performance.now();

/**
 * What the page itself reports, injected before any of its scripts (an init script runs whatever
 * the CSP says). An element counts once it is in the DOM with text (a MutationObserver, so no
 * polling delay); it counts as painted at the first task after the next animation frame: a
 * requestAnimationFrame callback runs just before the frame that holds the element is drawn, and
 * a task posted from it runs once that frame is done. The click on the sign-in button is stamped
 * in the capture phase; every API call (`fetch` of /api/invoke) with its method, start and answer.
 */
const PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const marks = { calls: [] };
  Object.defineProperty(window, '__startup', { value: marks });
  const watched = {
    root: () => document.getElementById('root')?.firstElementChild,
    login: () => document.querySelector('[data-testid="login-submit"]'),
    rows: () => document.querySelector('[data-testid="roster-table"] .ant-table-row'),
    bare: () => document.getElementById('bare'),
  };
  const check = () => {
    for (const [key, find] of Object.entries(watched)) {
      if (marks[key + 'InDom'] !== undefined) continue;
      const element = find();
      if (!element || !element.textContent) continue;
      marks[key + 'InDom'] = now();
      requestAnimationFrame(() => setTimeout(() => {
        if (element.isConnected && element.getBoundingClientRect().height > 0) marks[key] = now();
      }, 0));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-testid="login-submit"]')) marks.submit ??= now();
  }, true);
  const pageFetch = window.fetch;
  window.fetch = function (input, init) {
    const call = { method: '?', start: now(), end: 0 };
    try { call.method = JSON.parse(init.body).method; } catch {}
    const answer = pageFetch.call(this, input, init);
    answer.then(() => { call.end = now(); marks.calls.push(call); }, () => undefined);
    return answer;
  };
})();`;

export interface PageMarks {
  rootInDom?: number;
  login?: number;
  loginInDom?: number;
  rows?: number;
  rowsInDom?: number;
  bare?: number;
  submit?: number;
  calls: { method: string; start: number; end: number }[];
  /** The page's navigation: its start and when the HTML was in (epoch ms). */
  navigationStart: number;
  htmlReceived: number;
}

export interface HostStart {
  spawnedAt: number;
  readyAt: number;
  url: string;
}

/** Starts a built web host entry as `npm run start:web` does and waits for the line with its URL. */
export function spawnHost(entry: string, env: NodeJS.ProcessEnv): Promise<HostStart & { stop(): Promise<void> }> {
  const spawnedAt = epochNow();
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ADVISOR_DESK_QUIET: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const errors: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the web host exited with ${code} before printing its URL:\n${errors.join('')}`)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(line)) return;
      const readyAt = epochNow();
      child.removeAllListeners('exit');
      resolve({ spawnedAt, readyAt, url: line, stop: () => stopChild(child) });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A fresh browser context each start: no HTTP cache, no cookie, as in a browser that never opened the desk. */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  await context.addInitScript(PROBE);
  return { context, page: await context.newPage() };
}

/** The probe's marks; a function, not a string, since the page's CSP forbids eval. Typed loosely: the bench compiles without the DOM library. */
async function marksOf(page: Page): Promise<PageMarks> {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as { responseEnd?: number } | undefined;
    const marks = (globalThis as unknown as { __startup: Omit<PageMarks, 'navigationStart' | 'htmlReceived'> }).__startup;
    return { ...marks, navigationStart: performance.timeOrigin, htmlReceived: performance.timeOrigin + (navigation?.responseEnd ?? 0) };
  });
}

const waitForMark = (page: Page, mark: 'login' | 'rows' | 'bare') =>
  page.waitForFunction((key) => (globalThis as unknown as { __startup: Record<string, unknown> }).__startup[key] !== undefined, mark, { polling: 50, timeout: 120_000 });

export interface AppStart {
  host: HostStart;
  marks: PageMarks;
  /** Script files requested (URL paths) while the login page was up, and after signing in until the first rows. */
  scripts: { login: string[]; desk: string[] };
}

/**
 * One cold start of the desk: spawn the host, open its URL in a fresh context, wait for the login
 * page to be painted and for the network to be idle (the login page's lazy loads count as its own),
 * then sign in and wait for the first roster rows to be painted. The time a person takes to read
 * and type is not part of the figures: they use the click on the button, stamped by the page.
 */
export async function appStart(browser: Browser, entry: string, env: NodeJS.ProcessEnv): Promise<AppStart> {
  const { context, page } = await freshPage(browser);
  const scripts: AppStart['scripts'] = { login: [], desk: [] };
  let phase: keyof AppStart['scripts'] = 'login';
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script' || pathname.endsWith('.js')) scripts[phase].push(pathname);
  });
  const host = await spawnHost(entry, env);
  try {
    await page.goto(host.url, { waitUntil: 'commit' });
    await waitForMark(page, 'login');
    await page.waitForLoadState('networkidle');
    await page.getByTestId('login-username').fill('demo');
    await page.getByTestId('login-password').fill('demo1234');
    phase = 'desk';
    await page.getByTestId('login-submit').click();
    await waitForMark(page, 'rows');
    return { host, marks: await marksOf(page), scripts };
  } finally {
    await context.close();
    await host.stop();
  }
}

/** The baseline: the same host process serving a bare page, opened the same way, until it is painted. */
export async function bareStart(browser: Browser, entry: string, env: NodeJS.ProcessEnv): Promise<{ host: HostStart; marks: PageMarks }> {
  const { context, page } = await freshPage(browser);
  const host = await spawnHost(entry, env);
  try {
    await page.goto(host.url, { waitUntil: 'commit' });
    await waitForMark(page, 'bare');
    return { host, marks: await marksOf(page) };
  } finally {
    await context.close();
    await host.stop();
  }
}

/** A bare Node process: spawn until its first line, the floor under the host's own start. */
export function nodeStart(): Promise<number> {
  const spawnedAt = epochNow();
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("ready\\n")'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve) => {
    readline.createInterface({ input: child.stdout }).once('line', () => resolve(epochNow() - spawnedAt));
  });
}
