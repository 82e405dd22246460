import type { ApiTransport } from '../../../shared/api';
import { createWebTransport } from './webTransport';

/**
 * The host's transport: Electron's preload bridge when present, otherwise the web host's
 * HTTP + WebSocket transport on the page's own origin.
 */
export function selectTransport(): ApiTransport {
  if (window.advisorDesk) return window.advisorDesk;
  return createWebTransport({
    location: window.location,
    fetch: window.fetch.bind(window),
    WebSocket: window.WebSocket,
  });
}
