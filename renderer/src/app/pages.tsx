import type { ComponentType } from 'react';
import { CadencePage } from '../pages/cadence/CadencePage';
import { Client360Page } from '../pages/client360/Client360Page';
import { RosterPage } from '../pages/roster/RosterPage';
import { SyncPage } from '../pages/sync/SyncPage';
import type { Route } from './routes';

/** The page shown for each route. */
export const PAGES: Record<Route, ComponentType> = {
  roster: RosterPage,
  cadence: CadencePage,
  sync: SyncPage,
  clients: Client360Page,
};
