import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api';
import type { Core } from '../core';
import { CoreEvents } from '../events';
import { portMainOfNode } from '../../../testing/portMainOfNode';
import { until } from '../../../testing/until';
import type { CoreBootData } from './coreBootData';
import type { BootedForPort, ParentPortLike, PortMainLike } from './utilityEntry';
import { runUtilityCore } from './utilityEntry';

/**
 * How the core's utility process routes what Electron's main process sends it: the boot first,
 * then the host's protocol on the parent port, and each window's port served calls and events
 * only. Electron's ports are stood in for by Node's MessageChannel (same messages, the event
 * shape Electron gives).
 */
const opened: MessagePort[] = [];
afterEach(() => {
  for (const port of opened.splice(0)) port.close();
});


function fakeParent() {
  let deliver: ((event: { data: unknown; ports: PortMainLike[] }) => void) | null = null;
  const sent: unknown[] = [];
  const parent: ParentPortLike = {
    on: (_event, listener) => {
      deliver = listener;
    },
    postMessage: (message) => sent.push(message),
  };
  return { parent, sent, send: (data: unknown, ports: PortMainLike[] = []) => deliver?.({ data, ports }) };
}

function fakeBoot(options: { fail?: boolean } = {}) {
  const events = new CoreEvents();
  const calls: string[] = [];
  let closed = 0;
  let resumed = 0;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const core = {
    events,
    dispatch: (method: unknown): Promise<ApiResult<unknown>> => {
      calls.push(String(method));
      return Promise.resolve({ ok: true, value: { method } });
    },
    resume: () => {
      resumed += 1;
      return Promise.resolve(null);
    },
  } as unknown as Core;
  const boot = async (data: CoreBootData): Promise<BootedForPort> => {
    await gate;
    if (options.fail) throw new Error(`no key for ${data.dataDir}`);
    return {
      core,
      backendUrl: 'http://127.0.0.1:1',
      demo: true,
      close: () => {
        closed += 1;
        return Promise.resolve();
      },
    };
  };
  return { boot, events, calls, release, closed: () => closed, resumed: () => resumed };
}

const bootData: CoreBootData = { dataDir: '/tmp/desk', appVersion: 'test', key: { kind: 'raw', hex: 'ab'.repeat(32) } };

function windowChannel() {
  const channel = new MessageChannel();
  opened.push(channel.port1, channel.port2);
  const received: unknown[] = [];
  channel.port2.on('message', (message) => received.push(message));
  return { coreEnd: portMainOfNode(channel.port1), windowEnd: channel.port2, received };
}

describe("the core's utility process", () => {
  it('boots from the first message, serves windows that asked before it was ready, and reports ready', async () => {
    const p = fakeParent();
    const b = fakeBoot();
    runUtilityCore(p.parent, b.boot);
    const early = windowChannel();
    p.send({ kind: 'window' }, [early.coreEnd]);
    early.windowEnd.postMessage({ kind: 'call', id: 1, method: 'app.info', input: {} });
    p.send({ kind: 'boot', data: bootData });
    b.release();
    await until(() => p.sent.some((m) => (m as { kind: string }).kind === 'ready'));
    expect(p.sent).toContainEqual({ kind: 'ready', backendUrl: 'http://127.0.0.1:1', demo: true });
    // The call waited in the port's queue and is answered once the window is served.
    await until(() => early.received.length > 0);
    expect(early.received[0]).toEqual({ kind: 'answer', id: 1, result: { ok: true, value: { method: 'app.info' } } });
    b.events.emit('data:changed', { tables: ['clients'] });
    await until(() => early.received.length > 1);
    expect(early.received[1]).toEqual({ kind: 'event', event: 'data:changed', payload: { tables: ['clients'] } });
  });

  it("takes resume and close from the main process only, never from a window's port", async () => {
    const p = fakeParent();
    const b = fakeBoot();
    runUtilityCore(p.parent, b.boot);
    p.send({ kind: 'boot', data: bootData });
    b.release();
    await until(() => p.sent.some((m) => (m as { kind: string }).kind === 'ready'));
    const window = windowChannel();
    p.send({ kind: 'window' }, [window.coreEnd]);
    const session = { username: 'demo', secret: 's'.repeat(32) };
    window.windowEnd.postMessage({ kind: 'resume', session, state: { locked: false, mode: 'online' } });
    window.windowEnd.postMessage({ kind: 'close' });
    window.windowEnd.postMessage({ kind: 'call', id: 7, method: 'app.info', input: {} });
    await until(() => window.received.length > 0);
    expect(window.received).toEqual([{ kind: 'answer', id: 7, result: { ok: true, value: { method: 'app.info' } } }]);
    expect(b.resumed()).toBe(0);
    expect(b.closed()).toBe(0);
    // The same requests from the parent port are served.
    p.send({ kind: 'resume', session, state: { locked: false, mode: 'online' } });
    await until(() => p.sent.some((m) => (m as { kind: string }).kind === 'resumed'));
    p.send({ kind: 'close' });
    await until(() => p.sent.some((m) => (m as { kind: string }).kind === 'closed'));
    expect([b.resumed(), b.closed()]).toEqual([1, 1]);
  });

  it('says why it could not boot, and boots once only', async () => {
    const p = fakeParent();
    const b = fakeBoot({ fail: true });
    runUtilityCore(p.parent, b.boot);
    // Not boot data (the key is not one): not acted on.
    p.send({ kind: 'boot', data: { ...bootData, dataDir: '/tmp/other', key: { kind: 'raw', hex: 'not hex' } } });
    p.send({ kind: 'boot', data: bootData });
    p.send({ kind: 'boot', data: bootData });
    b.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await until(() => p.sent.length > 0);
    expect(p.sent).toEqual([{ kind: 'failed', message: 'no key for /tmp/desk' }]);
  });
});
