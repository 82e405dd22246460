import type { ComponentType } from 'react';
import { RosterPage } from '../pages/roster/RosterPage';
import type { Route } from './routes';

/** The page shown for each route. */
export const PAGES: Record<Route, ComponentType> = {
  roster: RosterPage,
};
