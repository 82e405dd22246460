import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebTransport } from './webTransport';

const location = { protocol: 'http:', host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' };

class FakeSocket {
  static instances: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.();
  }
  send(event: string, payload: unknown) {
    this.onmessage?.({ data: JSON.stringify({ event, payload }) });
  }
  drop() {
    this.onclose?.();
  }
}

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function transport(fetchImpl: typeof fetch, extra: Partial<Parameters<typeof createWebTransport>[0]> = {}) {
  return createWebTransport({
    location,
    fetch: fetchImpl,
    WebSocket: FakeSocket as unknown as new (url: string) => WebSocket,
    backoff: { initialMs: 100, maxMs: 1000 },
    random: () => 1,
    ...extra,
  });
}

beforeEach(() => {
  FakeSocket.instances = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('web transport: invoke', () => {
  it('posts { method, input } to /api/invoke with the same-origin cookie and returns the envelope', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: { version: '1' } }));
    const result = await transport(fetchMock as unknown as typeof fetch).invoke('app.info', {});
    expect(result).toEqual({ ok: true, value: { version: '1' } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:5173/api/invoke');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(JSON.parse(String(init.body))).toEqual({ method: 'app.info', input: {} });
  });

  it('passes an error envelope through whatever the HTTP status', async () => {
    const error = { ok: false, error: { code: 'UNAUTHORIZED', reason: 'session.wrong_password', params: {}, message: 'wrong password' } };
    const result = await transport(async () => jsonResponse(error, 401)).invoke('session.login', { username: 'a', password: 'b' });
    expect(result).toEqual(error);
  });

  it('turns a network failure into OFFLINE (host.unreachable), never a throw', async () => {
    const result = await transport(async () => {
      throw new TypeError('Failed to fetch');
    }).invoke('sync.now', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'OFFLINE', reason: 'host.unreachable', params: {} });
  });

  it('turns a timeout into OFFLINE', async () => {
    const hang: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const result = await transport(hang, { callTimeoutMs: 20 }).invoke('sync.now', {});
    expect(!result.ok && result.error.code).toBe('OFFLINE');
    expect(!result.ok && result.error.reason).toBe('host.unreachable');
  });

  it('turns a non-JSON or malformed answer into INTERNAL (host.bad_answer with the HTTP status)', async () => {
    const html = await transport(async () => new Response('<html>Bad gateway</html>', { status: 502 })).invoke('app.info', {});
    expect(!html.ok && html.error.code).toBe('INTERNAL');
    expect(!html.ok && html.error.message).toContain('502');
    expect(!html.ok && html.error).toMatchObject({ reason: 'host.bad_answer', params: { status: 502 } });
    const odd = await transport(async () => jsonResponse({ hello: 'world' })).invoke('app.info', {});
    expect(!odd.ok && odd.error.code).toBe('INTERNAL');
    expect(!odd.ok && odd.error).toMatchObject({ reason: 'host.bad_answer', params: { status: 200 } });
  });
});

describe('web transport: events', () => {
  it('opens one socket on ws: for http pages and delivers { event, payload } to listeners', () => {
    const t = transport(vi.fn() as unknown as typeof fetch);
    const a = vi.fn();
    const b = vi.fn();
    t.on('sync:status', a);
    t.on('data:changed', b);
    expect(FakeSocket.instances).toHaveLength(1);
    const socket = FakeSocket.instances[0] as FakeSocket;
    expect(socket.url).toBe('ws://127.0.0.1:5173/api/events');
    socket.open();
    socket.send('data:changed', { tables: ['clients'] });
    socket.onmessage?.({ data: 'not json' });
    expect(b).toHaveBeenCalledWith({ tables: ['clients'] });
    expect(a).not.toHaveBeenCalled();
  });

  it('uses wss: on https pages', () => {
    const t = createWebTransport({
      location: { protocol: 'https:', host: 'desk.local', origin: 'https://desk.local' },
      fetch: vi.fn() as unknown as typeof fetch,
      WebSocket: FakeSocket as unknown as new (url: string) => WebSocket,
    });
    t.on('sync:status', () => undefined);
    expect(FakeSocket.instances[0]?.url).toBe('wss://desk.local/api/events');
  });

  it('closes the socket with the last listener', () => {
    const t = transport(vi.fn() as unknown as typeof fetch);
    const off1 = t.on('sync:status', () => undefined);
    const off2 = t.on('sync:status', () => undefined);
    off1();
    expect(FakeSocket.instances[0]?.closed).toBe(false);
    off2();
    expect(FakeSocket.instances[0]?.closed).toBe(true);
  });

  it('reconnects with growing backoff and catches up after reconnecting', async () => {
    vi.useFakeTimers();
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      const { method } = JSON.parse(String(init.body)) as { method: string };
      if (method === 'session.current') return jsonResponse({ ok: true, value: null });
      return jsonResponse({ ok: true, value: { state: 'idle', lastSyncAt: null, lastError: null, pending: 0, pulled: 0 } });
    });
    const t = transport(fetchMock as unknown as typeof fetch);
    const session = vi.fn();
    const sync = vi.fn();
    const data = vi.fn();
    t.on('session:changed', session);
    t.on('sync:status', sync);
    t.on('data:changed', data);

    (FakeSocket.instances[0] as FakeSocket).open();
    expect(fetchMock).not.toHaveBeenCalled(); // first open: nothing missed

    (FakeSocket.instances[0] as FakeSocket).drop();
    await vi.advanceTimersByTimeAsync(99);
    expect(FakeSocket.instances).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.instances).toHaveLength(2); // 100 ms

    (FakeSocket.instances[1] as FakeSocket).drop(); // never opened: backoff grows
    await vi.advanceTimersByTimeAsync(199);
    expect(FakeSocket.instances).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.instances).toHaveLength(3); // 200 ms

    (FakeSocket.instances[2] as FakeSocket).open();
    await vi.runOnlyPendingTimersAsync();
    await vi.waitFor(() => expect(data).toHaveBeenCalled());
    expect(session).toHaveBeenCalledWith(null);
    expect(sync).toHaveBeenCalledWith(expect.objectContaining({ state: 'idle' }));
    expect(data.mock.calls[0]?.[0]).toEqual({ tables: expect.arrayContaining(['clients']) });
  });
});
