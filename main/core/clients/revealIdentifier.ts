import { AppError } from '../../../shared/api';
import { recordAudit } from '../audit/audit';
import type { Db } from '../db/types';
import { readClient } from './clientRecord';

/**
 * Shows one personal identifier in full. Deliberate and accountable: the audit log records who
 * revealed which field of which client, and when (never the value).
 */
export function revealIdentifier(db: Db, clientId: string, field: 'phone' | 'idNumber', context: { actor: string; now: string }): string | null {
  const client = readClient(db, clientId);
  if (!client || client.deleted) throw new AppError('client.not_found');
  recordAudit(db, { actor: context.actor, action: 'identifier_revealed', entity: 'client', entityId: clientId, details: { field }, at: context.now });
  return client[field];
}
