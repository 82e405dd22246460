import type { CoreEvents } from '../core/events';

/** A window as the port hand-out sees it (Electron's WebContents; a test passes a stand-in). */
export interface PortedWindow {
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

/** The running core, able to open a port to a window (main/electron/utilityCore.ts). */
export interface PortOpener<W extends PortedWindow> {
  connect(window: W): void;
}

/**
 * Which window holds a port to which core. A window asks when its page loads (a reload asks
 * again); while the core is being restarted it waits, and when the new core is ready every open
 * window gets a port to it. Main passes no calls itself: the port leads straight to the core.
 */
export function windowPorts<W extends PortedWindow>(hostEvents: CoreEvents, current: () => PortOpener<W> | null): { request(window: W): void; dispose(): void } {
  const windows = new Set<W>();
  let ready = true;

  const connect = (window: W) => {
    const core = current();
    if (ready && core && !window.isDestroyed()) core.connect(window);
  };
  const unsubscribe = hostEvents.subscribe((event, payload) => {
    if (event !== 'core:status') return;
    ready = (payload as { state: string }).state === 'ready';
    if (ready) for (const window of windows) connect(window);
  });

  return {
    request(window) {
      if (!windows.has(window)) {
        windows.add(window);
        window.once('destroyed', () => windows.delete(window));
      }
      connect(window);
    },
    dispose: unsubscribe,
  };
}
