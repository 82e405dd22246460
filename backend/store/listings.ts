import type Database from 'better-sqlite3-multiple-ciphers';
import type { Client, Interaction, Report } from '../../shared/domain/entities';
import type { ClientRow, InteractionRow, ReportRow } from './rows';
import { clientFromRow, interactionFromRow, reportFromRow } from './rows';

/**
 * Whole-book reads for tests and the desk's chaos checks ("is the bank's book what the desk
 * thinks it is?"). Tombstones included, ordered by id so two dumps compare with toEqual.
 */

/** The advisor's clients (`advisor_id`), as their change feed would show them. */
export function listClientsOfAdvisor(db: Database.Database, advisorId: string): Client[] {
  const rows = db.prepare('SELECT * FROM clients WHERE advisor_id = ? ORDER BY id').all(advisorId) as ClientRow[];
  return rows.map(clientFromRow);
}

/** The interactions of the advisor's clients (`owner_advisor_id`), whoever recorded them. */
export function listInteractionsOfAdvisor(db: Database.Database, advisorId: string): Interaction[] {
  const rows = db.prepare('SELECT * FROM interactions WHERE owner_advisor_id = ? ORDER BY id').all(advisorId) as InteractionRow[];
  return rows.map(interactionFromRow);
}

/** The reports of the advisor's clients (`owner_advisor_id`), whoever made them. */
export function listReportsOfAdvisor(db: Database.Database, advisorId: string): Report[] {
  const rows = db.prepare('SELECT * FROM reports WHERE owner_advisor_id = ? ORDER BY id').all(advisorId) as ReportRow[];
  return rows.map(reportFromRow);
}
