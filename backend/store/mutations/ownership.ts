import type Database from 'better-sqlite3-multiple-ciphers';
import type { Client, Interaction, Report } from '../../../shared/domain/entities';
import { getClient } from '../queries';
import type { InteractionRow, ReportRow } from '../rows';
import { interactionFromRow, reportFromRow } from '../rows';

/**
 * Ownership checks for mutations. Callers must answer "unknown" and "someone else's" the same
 * way, so these return nothing at all for a record the advisor may not see.
 */

/** The advisor's own, not deleted client; undefined for unknown, foreign and deleted ids alike. */
export function ownLiveClient(db: Database.Database, advisorId: string, clientId: string): Client | undefined {
  const client = getClient(db, clientId);
  return client && client.advisorId === advisorId && !client.deleted ? client : undefined;
}

export type InteractionLookup = { kind: 'absent' } | { kind: 'foreign' } | { kind: 'own'; interaction: Interaction };

/**
 * Whether an interaction id is free, taken by another advisor's book (no data given), or the
 * advisor's own. Ownership is `owner_advisor_id`, the same column that decides the change feed.
 */
export function lookupInteraction(db: Database.Database, advisorId: string, id: string): InteractionLookup {
  const row = db.prepare('SELECT * FROM interactions WHERE id = ?').get(id) as (InteractionRow & { owner_advisor_id: string }) | undefined;
  if (!row) return { kind: 'absent' };
  if (row.owner_advisor_id !== advisorId) return { kind: 'foreign' };
  return { kind: 'own', interaction: interactionFromRow(row) };
}

export type ReportLookup = { kind: 'absent' } | { kind: 'foreign' } | { kind: 'own'; report: Report };

/** The same three answers for a report id, by `owner_advisor_id` as in the change feed. */
export function lookupReport(db: Database.Database, advisorId: string, id: string): ReportLookup {
  const row = db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as (ReportRow & { owner_advisor_id: string }) | undefined;
  if (!row) return { kind: 'absent' };
  if (row.owner_advisor_id !== advisorId) return { kind: 'foreign' };
  return { kind: 'own', report: reportFromRow(row) };
}
