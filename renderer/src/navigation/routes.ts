import { useSyncExternalStore } from 'react';

/**
 * The pages that exist, addressed by the URL hash (`#/roster`, `#/cadence/plan`, `#/sync/parked`, `#/clients/<id>`,
 * `#/reports/<clientId>/<reportId>`, `#/batch`, `#/chat/<clientId>`), which works the same under Electron's `app://` protocol and the
 * web host. Unknown hashes show the first page. The segments after the page (`parked`, a client id, a report id)
 * are the page's own business.
 */
export const ROUTES = ['roster', 'cadence', 'sync', 'clients', 'reports', 'batch', 'chat'] as const;
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

function readSegment(index: number): string | null {
  const segment = segments()[index];
  if (!segment) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const readSection = () => readSegment(1);
const readItem = () => readSegment(2);

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

/** The segment after the section (`#/reports/<clientId>/<reportId>` → the report id), or null. */
export function useRouteItem(): string | null {
  return useSyncExternalStore(subscribe, readItem);
}

/** The hash for a page (and section, and item), for links. */
export function routeHref(route: Route, section?: string, item?: string): string {
  return ['#', route, ...[section, item].filter((part): part is string => Boolean(part)).map((part) => encodeURIComponent(part))].join('/');
}

export function navigate(route: Route, section?: string, item?: string): void {
  window.location.hash = routeHref(route, section, item);
}
