import type { WriteEffectOptions } from './api/bindHandler';
import { combineHandlers } from './api/combineHandlers';
import type { FeatureTables } from './api/combineHandlers';
import type { Handlers } from './api/dispatch';
import type { CoreContext } from './api/handlerKit';
import { cadenceHandlers } from './cadence/cadenceHandlers';
import { chatHandlers } from './chat/chatHandlers';
import { clientsHandlers } from './clients/clientsHandlers';
import { interactionsHandlers } from './interactions/interactionsHandlers';
import { reportsHandlers } from './reports/reportsHandlers';
import { appHandlers, sessionHandlers } from './session/sessionHandlers';
import type { SessionServices } from './session/sessionServices';
import { syncHandlers } from './sync/syncHandlers';

/** Every feature's handlers: a feature added to the contract adds its table here. */
export const FEATURE_TABLES: FeatureTables<SessionServices> = {
  app: appHandlers,
  session: sessionHandlers,
  sync: syncHandlers,
  clients: clientsHandlers,
  interactions: interactionsHandlers,
  cadence: cadenceHandlers,
  reports: reportsHandlers,
  chat: chatHandlers,
};

/** The handler table: each feature's slice of the contract, combined and checked against it. */
export function createHandlers(core: CoreContext<SessionServices>, options: WriteEffectOptions = {}): Handlers {
  return combineHandlers(FEATURE_TABLES, core, options);
}
