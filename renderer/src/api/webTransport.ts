import type { ApiResult, ApiTransport } from '../../../shared/api';
import { AppError, DATA_TABLES, apiResultSchema } from '../../../shared/api';

/**
 * The web host's transport: calls are `POST /api/invoke` with `{ method, input }` answering an
 * ApiResult; events arrive over a WebSocket at `/api/events` as `{ event, payload }`. Auth is the
 * host's same-origin HttpOnly cookie. Nothing here throws to the caller: a failed call becomes a
 * `host.unreachable` (OFFLINE) or `host.bad_answer` (INTERNAL) ApiResult.
 */

export interface WebTransportOptions {
  /** The page's origin and protocol; `window.location` in the app. */
  location: { protocol: string; host: string; origin: string };
  fetch: typeof fetch;
  WebSocket: new (url: string) => WebSocket;
  /** How long a call may take before it counts as the host being unreachable. */
  callTimeoutMs?: number;
  /** Reconnect backoff: first delay and cap, in ms (jitter is added). */
  backoff?: { initialMs: number; maxMs: number };
  random?: () => number;
}

const INVOKE_PATH = '/api/invoke';
const EVENTS_PATH = '/api/events';

/** A call that got no usable answer; `note` is for the logs (the reason is what is shown). */
function failure(error: AppError, note: string): ApiResult<never> {
  return { ok: false, error: { ...error.toApiError(), message: note } };
}

async function invokeOverHttp(options: WebTransportOptions, method: string, input: unknown): Promise<ApiResult<unknown>> {
  const timeoutMs = options.callTimeoutMs ?? 60_000;
  let response: Response;
  try {
    response = await options.fetch(`${options.location.origin}${INVOKE_PATH}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ method, input: input ?? {} }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return failure(new AppError('host.unreachable'), timedOut ? `${method}: no answer from the desk host within ${timeoutMs} ms` : `${method}: cannot reach the desk host`);
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure(new AppError('host.bad_answer', { status: response.status }), `${method}: the desk host answered HTTP ${response.status} without a JSON body`);
  }
  // A host may answer an error envelope with a 4xx/5xx status; the envelope is what counts.
  const parsed = apiResultSchema.safeParse(body);
  if (parsed.success) return parsed.data as ApiResult<unknown>;
  return failure(new AppError('host.bad_answer', { status: response.status }), `${method}: the desk host answered HTTP ${response.status} with an unexpected body`);
}

type Listener = (payload: unknown) => void;

/**
 * One WebSocket for all event listeners, opened on the first subscription and closed with the
 * last. It reconnects with capped exponential backoff and jitter. After a reconnect, events may
 * have been missed, so it catches the app up: current session and sync status are fetched and
 * delivered as `session:changed` / `sync:status`, and every table is announced as changed.
 */
class EventSocket {
  private readonly listeners = new Map<string, Set<Listener>>();
  private socket: WebSocket | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private hasBeenOpen = false;

  constructor(
    private readonly options: WebTransportOptions,
    private readonly invoke: (method: string, input: unknown) => Promise<ApiResult<unknown>>,
  ) {}

  on(event: string, listener: Listener): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    this.ensureConnected();
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(event);
      if (this.listeners.size === 0) this.close();
    };
  }

  private emit(event: string, payload: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      try {
        listener(payload);
      } catch {
        // A listener's bug must not stop the others or the socket.
      }
    }
  }

  private url(): string {
    const scheme = this.options.location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${this.options.location.host}${EVENTS_PATH}`;
  }

  private ensureConnected(): void {
    if (this.socket || this.retryTimer) return;
    this.connect();
  }

  private connect(): void {
    this.retryTimer = null;
    let socket: WebSocket;
    try {
      socket = new this.options.WebSocket(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      if (this.hasBeenOpen) void this.catchUp();
      this.hasBeenOpen = true;
    };
    socket.onmessage = (message: MessageEvent) => this.receive(message.data);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.listeners.size > 0) this.scheduleReconnect();
    };
    // An error is followed by close; reconnecting happens there.
    socket.onerror = () => undefined;
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const { event, payload } = message as { event?: unknown; payload?: unknown };
    if (typeof event === 'string') this.emit(event, payload);
  }

  private scheduleReconnect(): void {
    if (this.retryTimer) return;
    const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 500, maxMs: 30_000 };
    const base = Math.min(maxMs, initialMs * 2 ** this.attempt);
    const delay = base / 2 + (this.options.random ?? Math.random)() * (base / 2);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private async catchUp(): Promise<void> {
    const [session, sync] = await Promise.all([this.invoke('session.current', {}), this.invoke('sync.status', {})]);
    if (session.ok) this.emit('session:changed', session.value);
    if (sync.ok) this.emit('sync:status', sync.value);
    this.emit('data:changed', { tables: [...DATA_TABLES] });
  }

  private close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.attempt = 0;
    this.hasBeenOpen = false;
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }
}

export function createWebTransport(options: WebTransportOptions): ApiTransport {
  const invoke = (method: string, input: unknown) => invokeOverHttp(options, method, input);
  const events = new EventSocket(options, invoke);
  return {
    invoke,
    on: (event, listener) => events.on(event, listener),
  };
}
