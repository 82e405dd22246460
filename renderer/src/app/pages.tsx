import type { ComponentType } from 'react';
import { BatchReportPage } from '../pages/batch/BatchReportPage';
import { CadencePage } from '../pages/cadence/CadencePage';
import { ChatPage } from '../pages/chat/ChatPage';
import { Client360Page } from '../pages/client360/Client360Page';
import { ReportPage } from '../pages/reports/ReportPage';
import { RosterPage } from '../pages/roster/RosterPage';
import { SyncPage } from '../pages/sync/SyncPage';
import type { Route } from '../navigation/routes';

/** The page shown for each route. */
export const PAGES: Record<Route, ComponentType> = {
  roster: RosterPage,
  cadence: CadencePage,
  sync: SyncPage,
  clients: Client360Page,
  reports: ReportPage,
  batch: BatchReportPage,
  chat: ChatPage,
};
