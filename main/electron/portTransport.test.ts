import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api';
import type { Core } from '../core/core';
import { CoreEvents } from '../core/events';
import type { MessageLink } from '../core/port/protocol';
import { serveCalls } from '../core/port/serveCore';
import { until } from '../../testing/until';
import type { WindowPort } from './portTransport';
import { createPortTransport } from './portTransport';

/**
 * The preload's transport against the core's side of a window port (serveCalls), over a real
 * MessageChannel: what crosses is what Electron's MessagePort carries between renderer and core.
 */
const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** A stand-in core: answers `app.info` with its name, holds `sync.now` until released. */
function fakeCore(name: string) {
  const events = new CoreEvents();
  const held: (() => void)[] = [];
  const calls: string[] = [];
  const dispatch = (method: unknown): Promise<ApiResult<unknown>> => {
    calls.push(String(method));
    if (method === 'sync.now') return new Promise((resolve) => held.push(() => resolve({ ok: true, value: { started: true } })));
    return Promise.resolve({ ok: true, value: { core: name } });
  };
  return { core: { dispatch, events } as unknown as Pick<Core, 'dispatch' | 'events'>, events, held, calls };
}

/** A window port to `core`, as main would hand one out. */
function portTo(core: Pick<Core, 'dispatch' | 'events'>): WindowPort {
  const channel = new MessageChannel();
  channels.push(channel);
  const coreEnd = channel.port1;
  const link: MessageLink = {
    post: (message) => coreEnd.postMessage(message),
    onMessage: (listener) => {
      coreEnd.on('message', listener);
      return () => coreEnd.off('message', listener);
    },
  };
  serveCalls(link, core);
  return channel.port2 as unknown as WindowPort;
}

function transport() {
  const printed: unknown[] = [];
  const port = createPortTransport({
    methods: ['reports.print'],
    invoke: (method, input) => {
      printed.push({ method, input });
      return Promise.resolve({ ok: true, value: { printedByHost: true, printed: true } });
    },
  });
  return { ...port, printed };
}

describe("a window's port to the core", () => {
  it('keeps calls made before the port arrives and sends them when it does', async () => {
    const t = transport();
    const answer = t.transport.invoke('app.info', {});
    const one = fakeCore('one');
    t.usePort(portTo(one.core));
    expect(await answer).toEqual({ ok: true, value: { core: 'one' } });
  });

  it('answers unknown methods itself and sends printing to the main process', async () => {
    const t = transport();
    t.usePort(portTo(fakeCore('one').core));
    expect(await t.transport.invoke('no.such.method', {})).toMatchObject({ ok: false, error: { reason: 'request.unknown_method' } });
    expect(await t.transport.invoke('reports.print', { id: 'r1' })).toMatchObject({ ok: true });
    expect(t.printed).toEqual([{ method: 'reports.print', input: { id: 'r1' } }]);
  });

  it("delivers the core's events from the port and the supervisor's from main, checked against the contract", async () => {
    const t = transport();
    const one = fakeCore('one');
    t.usePort(portTo(one.core));
    const seen: unknown[] = [];
    t.transport.on('data:changed', (payload) => seen.push(payload));
    t.transport.on('core:status', (payload) => seen.push(payload));
    one.events.emit('data:changed', { tables: ['clients'] });
    // A payload the contract does not allow is dropped, not passed to the renderer.
    one.events.emit('data:changed', { tables: [] } as never);
    t.hostEvent('core:status', { state: 'ready' });
    t.hostEvent('core:status', { state: 'sideways' });
    t.hostEvent('not:an:event', {});
    await until(() => seen.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Two channels, so no order between them: exactly the two valid events arrived.
    expect(seen).toHaveLength(2);
    expect(seen).toEqual(expect.arrayContaining([{ state: 'ready' }, { tables: ['clients'] }]));
  });

  it('answers calls in flight host.core_restarting when the core stops, and sends later ones to the new core', async () => {
    const t = transport();
    const one = fakeCore('one');
    t.usePort(portTo(one.core));
    const inFlight = t.transport.invoke('sync.now', {});
    await until(() => one.calls.includes('sync.now'));
    t.hostEvent('core:status', { state: 'recovering' });
    expect(await inFlight).toMatchObject({ ok: false, error: { reason: 'host.core_restarting' } });
    // The old core answering late changes nothing: that port is closed.
    one.held.forEach((release) => release());
    const meanwhile = t.transport.invoke('app.info', {});
    const two = fakeCore('two');
    t.usePort(portTo(two.core));
    expect(await meanwhile).toEqual({ ok: true, value: { core: 'two' } });
    expect(two.calls).toEqual(['app.info']);
  });

  it('ignores what a replaced port still says', async () => {
    const t = transport();
    const one = fakeCore('one');
    t.usePort(portTo(one.core));
    const seen: unknown[] = [];
    t.transport.on('data:changed', (payload) => seen.push(payload));
    t.usePort(portTo(fakeCore('two').core));
    one.events.emit('data:changed', { tables: ['clients'] });
    expect(await t.transport.invoke('app.info', {})).toEqual({ ok: true, value: { core: 'two' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
  });
});
