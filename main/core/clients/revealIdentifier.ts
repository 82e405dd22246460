import { AppError } from '../../../shared/api';
import type { Db } from '../db/types';
import { readClient } from '../records/clientRecord';

/**
 * One personal identifier in full. Deliberate and accountable: its handler audits who revealed
 * which field of which client, and when (never the value), in the same transaction.
 */
export function revealIdentifier(db: Db, clientId: string, field: 'phone' | 'idNumber'): string | null {
  const client = readClient(db, clientId);
  if (!client || client.deleted) throw new AppError('client.not_found');
  return client[field];
}
