import type { ComponentType } from 'react';
import { RosterPage } from '../pages/roster/RosterPage';
import { SyncPage } from '../pages/sync/SyncPage';
import type { Route } from './routes';

/** The page shown for each route. */
export const PAGES: Record<Route, ComponentType> = {
  roster: RosterPage,
  sync: SyncPage,
};
