import { useSyncExternalStore } from 'react';

/**
 * The pages that exist, addressed by the URL hash (`#/roster`), which works the same under
 * Electron's `app://` protocol and the web host. Unknown hashes show the first page.
 */
export const ROUTES = ['roster'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'roster';

function isRoute(value: string): value is Route {
  return (ROUTES as readonly string[]).includes(value);
}

function readRoute(): Route {
  const path = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isRoute(path) ? path : DEFAULT_ROUTE;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, readRoute);
}

export function navigate(route: Route): void {
  window.location.hash = `#/${route}`;
}
