import type { WriteContext } from '../api/handlerKit';
import type { CadenceService } from '../cadence/cadenceService';
import type { ChangeNotifier } from '../changes/changeNotifier';
import type { ChatDesk } from '../chat/chatDesk';
import type { ClientsService } from '../clients/clientsService';
import type { InteractionsService } from '../interactions/interactionsService';
import type { ReportDesk } from '../reports/reportDesk';
import type { RosterQueries } from '../roster/rosterPage';
import type { ClientSearch } from '../search/clientSearch';
import type { LocalChanges } from '../sync/localChanges';
import type { SyncEngine } from '../sync/syncEngine';


/**
 * What exists while an advisor is signed in, as the feature handlers reach it: one service per
 * feature over the open book, never the database itself.
 */
export interface SessionServices extends WriteContext {
  readonly advisorId: string;
  readonly now: () => Date;
  readonly writes: WriteContext['writes'];
  /** The core's internal word that tables changed (cadence listens; `data:changed` follows). */
  readonly changes: ChangeNotifier;
  readonly sync: SyncEngine;
  readonly localChanges: LocalChanges;
  readonly roster: RosterQueries;
  readonly search: ClientSearch;
  readonly clients: ClientsService;
  readonly interactions: InteractionsService;
  readonly cadence: CadenceService;
  readonly reports: ReportDesk;
  readonly chat: ChatDesk;
}
