import type { ApiResult } from './envelope';
import { AppError } from './envelope';
import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from './contract';
import { METHOD_NAMES } from './contract';

/**
 * What a host offers the renderer: Electron's preload (`window.advisorDesk`) and the web host's
 * HTTP/WebSocket transport both have exactly this shape.
 */
export interface ApiTransport {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** A typed method per contract entry: `api['clients.page']({ offset: 0, limit: 100 })`. */
export type ApiClient = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * Builds the renderer's client from the contract. Calls reject with an AppError carrying the
 * host's error code; validation happens in main, which is the side that must not trust input.
 */
export function createApiClient(transport: ApiTransport): ApiClient {
  const client: Record<string, unknown> = {
    on: (event: string, listener: (payload: unknown) => void) => transport.on(event, listener),
  };
  for (const method of METHOD_NAMES) {
    client[method] = async (input: unknown) => {
      const result = await transport.invoke(method, input ?? {});
      if (result.ok) return result.value;
      throw AppError.fromApiError(result.error);
    };
  }
  return client as ApiClient;
}
