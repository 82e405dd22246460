import type { OutboxItem } from '../../../shared/api';
import type { Db } from '../db/types';
import { listEntries } from './outbox';

/** The outbox as the sync view lists it; audit entries are the desk's own and stay out of it. */
export function outboxItems(db: Db): OutboxItem[] {
  const nameOfClient = db.prepare('SELECT name FROM clients WHERE id = ?').pluck();
  return listEntries(db)
    .filter((entry) => entry.entity !== 'audit')
    .map((entry) => {
      const clientId = entry.body.type === 'client.update' ? entry.body.clientId : entry.body.type === 'interaction.put' ? entry.body.interaction.clientId : null;
      const label = (clientId ? (nameOfClient.get(clientId) as string | undefined) : undefined) ?? entry.entityId;
      return {
        id: entry.id,
        entity: entry.entity,
        entityId: entry.entityId,
        label,
        op: entry.op,
        status: entry.status,
        attempts: entry.attempts,
        lastError: entry.lastError,
        createdAt: entry.createdAt,
      };
    });
}
