import type { ApiTransport } from '../../shared/api/client';
import type { ApiResult } from '../../shared/api/envelope';
import { AppError } from '../../shared/api/envelope';
import { events as eventSchemas, isEventName, isMethodName } from '../../shared/api/contract';
import { fromCoreSchema } from '../core/port/protocol';

/** A window's end of its port to the core: the DOM MessagePort the preload receives (a test passes Node's). */
export interface WindowPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start(): void;
  close(): void;
}

export interface PortTransport {
  /** What the preload exposes as `window.advisorDesk`. */
  transport: ApiTransport;
  /** A port to the core arrived (the first, or a new core's after a restart). */
  usePort(port: WindowPort): void;
  /** An event the main process sent (the supervisor's own: core:status and what follows a restart). */
  hostEvent(event: unknown, payload: unknown): void;
}

interface HostChannel {
  /** The methods the main process answers itself (printing: the window that asks prints). */
  methods: readonly string[];
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

const restarting = (): ApiResult<unknown> => ({ ok: false, error: new AppError('host.core_restarting').toApiError() });

/**
 * The renderer's calls go straight to the core over the window's MessagePort, answered by id;
 * its events come on the same port, and the supervisor's from the main process. Until a port is
 * there, and while the core is being restarted, calls wait and then go to the core that is
 * running. Calls already sent when the core stopped answer `host.core_restarting` (they may or
 * may not have been carried out: nothing is sent twice). Messages are checked on arrival.
 */
export function createPortTransport(host: HostChannel): PortTransport {
  let port: WindowPort | null = null;
  let nextId = 0;
  const pending = new Map<number, (result: ApiResult<unknown>) => void>();
  let waiting: { method: string; input: unknown; resolve: (result: ApiResult<unknown>) => void }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function deliver(event: string, payload: unknown): void {
    if (!isEventName(event) || !eventSchemas[event].safeParse(payload).success) return;
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }

  function send(to: WindowPort, method: string, input: unknown, resolve: (result: ApiResult<unknown>) => void): void {
    const id = nextId++;
    pending.set(id, resolve);
    to.postMessage({ kind: 'call', id, method, input });
  }

  /** The core behind the port stopped: what was sent is answered, what comes next waits for a new port. */
  function dropPort(): void {
    port?.close();
    port = null;
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve(restarting());
    }
  }

  function received(from: WindowPort, message: unknown): void {
    if (from !== port) return;
    const parsed = fromCoreSchema.safeParse(message);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.kind === 'answer') {
      const resolve = pending.get(m.id);
      pending.delete(m.id);
      resolve?.(m.result);
    } else if (m.kind === 'event') {
      deliver(m.event, m.payload);
    }
  }

  return {
    transport: {
      invoke(method, input) {
        if (!isMethodName(method)) return Promise.resolve({ ok: false, error: new AppError('request.unknown_method').toApiError() });
        if (host.methods.includes(method)) return host.invoke(method, input);
        return new Promise((resolve) => {
          if (port) send(port, method, input ?? {}, resolve);
          else waiting.push({ method, input: input ?? {}, resolve });
        });
      },
      on(event, listener) {
        if (!isEventName(event)) throw new Error(`Unknown event: ${String(event).slice(0, 64)}`);
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => {
          set.delete(listener);
        };
      },
    },
    usePort(next) {
      dropPort();
      port = next;
      next.addEventListener('message', (event) => received(next, event.data));
      next.start();
      const released = waiting;
      waiting = [];
      for (const call of released) send(next, call.method, call.input, call.resolve);
    },
    hostEvent(event, payload) {
      if (event === 'core:status' && eventSchemas['core:status'].safeParse(payload).data?.state === 'recovering') dropPort();
      if (typeof event === 'string') deliver(event, payload);
    },
  };
}
