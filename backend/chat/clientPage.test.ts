import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempDir } from '../../testing/tempDir';
import { makeTempDir } from '../../testing/tempDir';
import type { ChatBank } from './testPeers';
import { startChatBank } from './testPeers';

/** The hooks e2e tests drive the page by (backend/README.md, "The client page"). */
const TEST_IDS = [
  'client-picker',
  'client-customer-no',
  'client-login',
  'client-name',
  'chat-log',
  'chat-input',
  'chat-send',
  'chat-image-input',
  'connection-state',
  'report-viewer',
  'report-close',
];

let tmp: TempDir;
let bank: ChatBank;

beforeAll(async () => {
  tmp = makeTempDir('chat-page');
  bank = await startChatBank(tmp.file('backend.sqlite'));
});
afterAll(async () => {
  await bank.backend.close();
  tmp.cleanup();
});

describe('the client page', () => {
  it('serves the HTML with its test hooks, its script, its styles and socket.io’s client', async () => {
    const page = await fetch(`${bank.url}/client/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    for (const id of TEST_IDS) expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('/socket.io/socket.io.js');

    const script = await fetch(`${bank.url}/client/client.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const js = await script.text();
    // Hooks made per message, in the script (bundled by esbuild, which writes string literals in double quotes).
    for (const id of ['chat-message', 'report-open']) expect(js).toMatch(new RegExp(`['"]${id}['"]`));
    expect((await fetch(`${bank.url}/client/client.css`)).status).toBe(200);
    expect((await fetch(`${bank.url}/socket.io/socket.io.js`)).status).toBe(200);
    expect((await fetch(`${bank.url}/client`, { redirect: 'manual' })).headers.get('location')).toBe('/client/');
  });

  it('serves nothing else from the folder', async () => {
    for (const path of ['/client/README.md', '/client/client.ts', '/client/bundle.ts', '/client/..%2Fserver.ts', '/client/%2e%2e%2fstart.ts']) {
      expect((await fetch(`${bank.url}${path}`)).status).toBe(404);
    }
  });

  it('never turns wire text into markup', async () => {
    const dir = new URL('../clientPage/', import.meta.url);
    const sources = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    expect(sources).toContain('client.ts');
    // The page's own sources, and the script as served (with what it bundles from shared/ and zod).
    const scripts = [...sources.map((name) => readFileSync(new URL(name, dir), 'utf8')), await (await fetch(`${bank.url}/client/client.js`)).text()];
    for (const js of scripts) expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('serves, from the sources, the page bundled for the browser with the event table', async () => {
    const js = await (await fetch(`${bank.url}/client/client.js`)).text();
    // One classic script (index.html loads it without type="module"), nothing left to resolve.
    expect(js).not.toMatch(/^\s*(import|export)\s/m);
    expect(js).toContain('message:send');
    expect(js).toContain('jitless');
  });

  it('serves a folder that has a built client.js (a bundle’s dist/clientPage/) as it is', async () => {
    const built = makeTempDir('chat-page-built');
    for (const name of ['index.html', 'client.css']) writeFileSync(built.file(name), readFileSync(new URL(`../clientPage/${name}`, import.meta.url)));
    writeFileSync(built.file('client.js'), '/* built */');
    const other = await startChatBank(tmp.file('built.sqlite'), { clientPageDir: built.dir });
    try {
      expect(await (await fetch(`${other.url}/client/client.js`)).text()).toBe('/* built */');
      expect((await fetch(`${other.url}/client/client.ts`)).status).toBe(404);
    } finally {
      await other.backend.close();
      built.cleanup();
    }
  });

  it('lists the demo advisor’s clients for the picker', async () => {
    const body = (await (await fetch(`${bank.url}/chat/demo-clients`)).json()) as { clients: { customerNo: string; name: string }[] };
    expect(body.clients).toHaveLength(bank.demoClients.length);
    expect(body.clients[0]).toEqual({ customerNo: expect.stringMatching(/^PB\d{10}$/), name: expect.any(String) });
    const demo2Numbers = new Set(bank.demo2Clients.map((c) => c.customerNo));
    expect(body.clients.some((c) => demo2Numbers.has(c.customerNo))).toBe(false);
  });
});
