import { AppError } from '../../../shared/api';
import type { ClientEdit } from '../../../shared/wire';
import type { Db } from '../db/types';
import { enqueue } from '../outbox/outbox';
import { columnValue, EDITABLE_COLUMN, readClient } from '../records/clientRecord';

type Field = keyof typeof EDITABLE_COLUMN;

/**
 * Saves an RM's edit: the row changes and an outbox entry is appended in one transaction, so the
 * edit is durable the moment this returns, online or not. The entry's base version is the bank
 * version the edit was made on; the values before the edit travel with it for a later discard.
 */
export function updateClientFields(db: Db, clientId: string, fields: ClientEdit, now: string): string {
  return db.transaction(() => {
    const client = readClient(db, clientId);
    if (!client || client.deleted) throw new AppError('client.not_found');
    const entries = Object.entries(fields) as [Field, unknown][];
    const previous: Partial<Record<Field, unknown>> = {};
    for (const [field, value] of entries) {
      previous[field] = client[field];
      db.prepare(`UPDATE clients SET ${EDITABLE_COLUMN[field]} = ? WHERE id = ?`).run(columnValue(field, value), clientId);
    }
    return enqueue(db, {
      entity: 'client',
      entityId: clientId,
      op: 'update',
      body: { type: 'client.update', clientId, fields, previous },
      baseVersion: client.version,
      now,
    });
  })();
}
