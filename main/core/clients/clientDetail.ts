import type { ClientDetail } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import type { EditableClientField } from '../../../shared/wire';
import { EDITABLE_CLIENT_FIELDS } from '../../../shared/wire';
import type { Db } from '../db/types';
import { entriesFor } from '../outbox/outbox';
import { readClient } from '../records/clientRecord';
import { maskIdNumber, maskPhone } from './mask';

/** A client for the edit drawer: identifiers masked, and which fields still wait for the bank. */
export function clientDetail(db: Db, id: string): ClientDetail {
  const client = readClient(db, id);
  if (!client || client.deleted) throw new AppError('client.not_found');
  const held = entriesFor(db, 'client', id);
  const pending = new Set<EditableClientField>();
  for (const entry of held) {
    if (entry.body.type === 'client.update') for (const field of Object.keys(entry.body.fields)) pending.add(field as EditableClientField);
  }
  const { phone, idNumber, ...rest } = client;
  return {
    ...rest,
    phoneMasked: maskPhone(phone),
    idNumberMasked: maskIdNumber(idNumber),
    pendingFields: EDITABLE_CLIENT_FIELDS.filter((f) => pending.has(f)),
    inConflict: held.some((entry) => entry.status === 'conflict'),
  };
}
