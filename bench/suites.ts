import { benchCadence } from './cadence';
import { benchChat } from './chat';
import { benchFoundation } from './foundation';
import { benchHostDelay } from './hostDelay';
import type { Figure } from './report';
import { benchReports } from './reports';
import { benchSearch } from './search';
import { benchStartup } from './startup';
import { benchSync } from './sync';

/** Every benchmark suite, by name, with the title it prints under. */
export const SUITES: Record<string, { title: string; run: () => Figure[] | Promise<Figure[]> }> = {
  foundation: { title: 'Foundation (10,000-client book)', run: benchFoundation },
  search: { title: 'Client search and client 360 (10,000-client book, database layer)', run: benchSearch },
  cadence: { title: '12-4-2-1 (10,000-client book, ~150,000 interactions)', run: benchCadence },
  reports: { title: 'Reports (allocation report; 200 annual reports in 2 worker threads)', run: benchReports },
  chat: { title: 'Chat (relay in its own process on loopback, with its SQLite store)', run: benchChat },
  sync: { title: 'Sync with the bank (10,000-client book, backend in its own process on loopback)', run: benchSync },
  host: { title: "The host's responsiveness (event-loop delay of its thread while the core works, 10,000-client book)", run: benchHostDelay },
  startup: { title: "Cold start and bundle (web host, 10,000-client book already synced, Debian's Chromium)", run: benchStartup },
};
