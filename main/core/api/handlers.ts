import { cadenceHandlers } from '../cadence/cadenceHandlers';
import { chatHandlers } from '../chat/chatHandlers';
import { clientsHandlers } from '../clients/clientsHandlers';
import { interactionsHandlers } from '../interactions/interactionsHandlers';
import { reportsHandlers } from '../reports/reportsHandlers';
import { appHandlers, sessionHandlers } from '../session/sessionHandlers';
import { syncHandlers } from '../sync/syncHandlers';
import type { WriteEffectOptions } from './bindHandler';
import { combineHandlers } from './combineHandlers';
import type { FeatureTables } from './combineHandlers';
import type { Handlers } from './dispatch';
import type { CoreContext } from './handlerKit';

/** Every feature's handlers: adding a feature to the contract means adding its table here. */
export const FEATURE_TABLES: FeatureTables = {
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
export function createHandlers(core: CoreContext, options: WriteEffectOptions = {}): Handlers {
  return combineHandlers(FEATURE_TABLES, core, options);
}
