import { describe, expect, it } from 'vitest';
import { CoreEvents } from '../core/events';
import type { PortedWindow } from './windowPorts';
import { windowPorts } from './windowPorts';

/** A window stand-in that can be closed. */
function fakeWindow(name: string) {
  let destroyed = false;
  let onDestroyed: () => void = () => undefined;
  const window: PortedWindow & { name: string } = {
    name,
    isDestroyed: () => destroyed,
    once: (_event, listener) => {
      onDestroyed = listener;
    },
  };
  return {
    window,
    destroy: () => {
      destroyed = true;
      onDestroyed();
    },
  };
}

describe('the ports main hands its windows', () => {
  it('gives a window that asks a port to the running core, and every open window one to a restarted core', () => {
    const events = new CoreEvents();
    const connected: string[] = [];
    let core = { connect: (w: { name: string }) => connected.push(`one:${w.name}`) };
    const ports = windowPorts<PortedWindow & { name: string }>(events, () => core);
    const a = fakeWindow('a');
    const b = fakeWindow('b');
    ports.request(a.window);
    ports.request(b.window);
    expect(connected).toEqual(['one:a', 'one:b']);

    events.emit('core:status', { state: 'recovering' });
    core = { connect: (w) => connected.push(`two:${w.name}`) };
    // A window reloading while the core restarts waits for the new core.
    ports.request(a.window);
    b.destroy();
    expect(connected).toEqual(['one:a', 'one:b']);
    events.emit('core:status', { state: 'ready' });
    expect(connected).toEqual(['one:a', 'one:b', 'two:a']);
    ports.dispose();
  });
});
