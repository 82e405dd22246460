import type { OutboxItem } from '../../../shared/api';
import type { Db } from '../db/types';
import type { OutboxBody } from './outbox';
import { listEntries } from './outbox';

function clientOf(body: OutboxBody): string | null {
  switch (body.type) {
    case 'client.update':
      return body.clientId;
    case 'interaction.put':
      return body.interaction.clientId;
    case 'report.put':
      return body.report.clientId;
    case 'audit.append':
      return null;
  }
}

/** The outbox as the sync view lists it; audit entries are the desk's own and stay out of it. */
export function outboxItems(db: Db): OutboxItem[] {
  const nameOfClient = db.prepare('SELECT name FROM clients WHERE id = ?').pluck();
  return listEntries(db)
    .filter((entry) => entry.entity !== 'audit')
    .map((entry) => {
      const clientId = clientOf(entry.body);
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
