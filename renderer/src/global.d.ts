import type { ApiTransport } from '../../shared/api';

declare global {
  interface Window {
    /**
     * Exposed by the Electron preload (contextBridge), exactly `{ invoke, on }`. Absent when the
     * renderer is served by the web host; then the HTTP/WebSocket transport is used.
     */
    readonly advisorDesk?: ApiTransport;
  }
}

export {};
