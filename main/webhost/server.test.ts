import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningBackend } from '../../backend/start';
import { startBackend } from '../../backend/start';
import { makeTempDir } from '../../testing/tempDir';
import type { Core } from '../core/core';
import { createCore } from '../core/core';
import { fileKeyProvider } from '../core/keys/fileKeyProvider';
import type { WebHost } from './server';
import { startWebHost } from './server';

let temp: { dir: string; cleanup: () => void };
let backend: RunningBackend;
let core: Core;
let host: WebHost;

beforeAll(async () => {
  temp = makeTempDir('webhost');
  const rendererDir = path.join(temp.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Advisor Desk</title>');
  backend = await startBackend({ dbPath: path.join(temp.dir, 'backend.sqlite'), demo: { clients: 5, asOf: '2026-11-28' } });
  core = createCore({
    dataDir: path.join(temp.dir, 'desk'),
    keyProvider: fileKeyProvider({ file: path.join(temp.dir, 'desk', 'db.key') }),
    backendUrl: backend.url,
    appVersion: 'test',
    syncIntervalMs: 3_600_000,
  });
  host = await startWebHost({ core, rendererDir });
});

afterAll(async () => {
  await host.close();
  await core.close();
  await backend.close();
  temp.cleanup();
});

const bearer = () => ({ authorization: `Bearer ${host.token}` });

function invoke(body: string, headers: Record<string, string> = bearer()): Promise<Response> {
  return fetch(`${host.origin}/api/invoke`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** A raw request, for headers fetch() will not let a caller set (Host). */
function rawGet(pathname: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    http.get({ host: url.hostname, port: url.port, path: pathname, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('web host access', () => {
  it('listens on 127.0.0.1 only and prints a URL that carries the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('answers 401 to every request without the token, the page and the API alike', async () => {
    expect((await fetch(`${host.origin}/`)).status).toBe(401);
    expect((await fetch(`${host.origin}/index.html`)).status).toBe(401);
    const api = await invoke('{"method":"app.info"}', {});
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await invoke('{"method":"app.info"}', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await fetch(`${host.origin}/?token=wrong`)).status).toBe(401);
  });

  it('turns the printed URL into an HttpOnly SameSite cookie and drops the token from the address', async () => {
    const response = await fetch(host.url, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await fetch(`${host.origin}/`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses foreign Host headers (DNS rebinding) and foreign origins', async () => {
    expect(await rawGet('/', { host: 'evil.example', ...bearer() })).toBe(403);
    const crossSite = await invoke('{"method":"app.info"}', { ...bearer(), origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
  });
});

describe('web host API', () => {
  it('serves the handler table', async () => {
    const response = await invoke('{"method":"app.info","input":{}}');
    expect(await response.json()).toMatchObject({ ok: true, value: { version: 'test', demoMode: false } });
  });

  it('answers malformed calls with VALIDATION naming the field', async () => {
    const notJson = await invoke('{"method":');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const wrongShape = await invoke('{"method":42}');
    expect(await wrongShape.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'body.method' }] } });
    const badInput = await invoke('{"method":"clients.page","input":{"offset":"zero","limit":10}}');
    expect(await badInput.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'input.offset' }] } });
  });

  it('refuses oversize requests with LIMIT', async () => {
    const huge = JSON.stringify({ method: 'session.login', input: { username: 'demo', password: 'x'.repeat(3 * 1024 * 1024) } });
    const response = await invoke(huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'LIMIT' } });
  });

  it('pushes core events over the WebSocket', async () => {
    const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/api/events`, { headers: bearer() });
    const events: string[] = [];
    socket.on('message', (data: Buffer) => events.push((JSON.parse(data.toString()) as { event: string }).event));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    await invoke('{"method":"session.login","input":{"username":"demo","password":"demo1234"}}');
    await expect.poll(() => events).toContain('session:changed');
    await expect.poll(() => events).toContain('data:changed');
    socket.close();
  });

  it('refuses a WebSocket without the token', async () => {
    const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/api/events`);
    const status = await new Promise<number>((resolve) => socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(401);
  });
});
