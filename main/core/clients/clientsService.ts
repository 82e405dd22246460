import type { Client360, ClientDetail } from '../../../shared/api';
import type { ClientEdit } from '../../../shared/wire';
import type { CadenceService } from '../cadence/cadenceService';
import type { Db } from '../db/types';
import { bankClock } from '../time/bankClock';
import { client360 } from './client360';
import { clientDetail } from './clientDetail';
import { updateClientFields } from './clientEdits';
import { revealIdentifier } from './revealIdentifier';

/** One client's record: the drawer's detail, the 360 page, an edit, an audited reveal. */
export function createClientsService(deps: { db: Db; now: () => Date; cadence: Pick<CadenceService, 'resultOf'> }) {
  const { db } = deps;
  return {
    detail: (id: string): ClientDetail => clientDetail(db, id),
    view360: (id: string): Client360 => client360(db, id, bankClock(deps.now()).today, deps.cadence),
    /** The identifier in full; the handler's audit entry goes with it. */
    reveal: (id: string, field: 'phone' | 'idNumber'): string | null => revealIdentifier(db, id, field),
    update: (id: string, fields: ClientEdit): ClientDetail => {
      updateClientFields(db, id, fields, deps.now().toISOString());
      return clientDetail(db, id);
    },
  };
}

export type ClientsService = ReturnType<typeof createClientsService>;
