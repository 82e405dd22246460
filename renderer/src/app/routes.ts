import { useSyncExternalStore } from 'react';

/**
 * The pages that exist, addressed by the URL hash (`#/roster`, `#/cadence/plan`, `#/sync/parked`, `#/clients/<id>`),
 * which works the same under Electron's `app://` protocol and the web host. Unknown hashes show the
 * first page. The segment after the page (`parked`, a client id) is the page's own business.
 */
export const ROUTES = ['roster', 'cadence', 'sync', 'clients'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'roster';

function isRoute(value: string): value is Route {
  return (ROUTES as readonly string[]).includes(value);
}

function segments(): string[] {
  return window.location.hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
}

function readRoute(): Route {
  const path = segments()[0] ?? '';
  return isRoute(path) ? path : DEFAULT_ROUTE;
}

function readSection(): string | null {
  const section = segments()[1];
  if (!section) return null;
  try {
    return decodeURIComponent(section);
  } catch {
    return section;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, readRoute);
}

/** The part of the hash after the page (`#/sync/parked` → `parked`), or null. */
export function useRouteSection(): string | null {
  return useSyncExternalStore(subscribe, readSection);
}

/** The hash for a page (and section), for links. */
export function routeHref(route: Route, section?: string): string {
  return section ? `#/${route}/${encodeURIComponent(section)}` : `#/${route}`;
}

export function navigate(route: Route, section?: string): void {
  window.location.hash = routeHref(route, section);
}
