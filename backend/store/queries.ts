import type Database from 'better-sqlite3-multiple-ciphers';
import type { Advisor, Client, Interaction, Report } from '../../shared/domain/entities';
import type { PasswordHash } from './password';
import type { AdvisorRow, ClientRow, InteractionRow, ReportRow } from './rows';
import { advisorFromRow, clientFromRow, interactionFromRow, reportFromRow } from './rows';

/** Single-record reads used by the HTTP layer and by write helpers. */

export interface Credentials extends PasswordHash {
  advisorId: string;
}

export function findCredentials(db: Database.Database, username: string): Credentials | undefined {
  const row = db
    .prepare('SELECT id, password_hash, password_salt FROM advisors WHERE username = ? AND deleted = 0')
    .get(username) as { id: string; password_hash: Buffer; password_salt: Buffer } | undefined;
  return row && { advisorId: row.id, hash: row.password_hash, salt: row.password_salt };
}

export function getAdvisor(db: Database.Database, id: string): Advisor | undefined {
  const row = db.prepare('SELECT * FROM advisors WHERE id = ? AND deleted = 0').get(id) as AdvisorRow | undefined;
  return row && advisorFromRow(row);
}

export function getClient(db: Database.Database, id: string): Client | undefined {
  const row = db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  return row && clientFromRow(row);
}

export function getInteraction(db: Database.Database, id: string): Interaction | undefined {
  const row = db.prepare('SELECT * FROM interactions WHERE id = ?').get(id) as InteractionRow | undefined;
  return row && interactionFromRow(row);
}

export function getReport(db: Database.Database, id: string): Report | undefined {
  const row = db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
  return row && reportFromRow(row);
}

export interface StoreCounts {
  advisors: number;
  products: number;
  clients: number;
  holdings: number;
  interactions: number;
  modelPortfolios: number;
  navSeries: number;
  reports: number;
}

/** Row counts including tombstones. */
export function countRows(db: Database.Database): StoreCounts {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    advisors: count('advisors'),
    products: count('products'),
    clients: count('clients'),
    holdings: count('holdings'),
    interactions: count('interactions'),
    modelPortfolios: count('model_portfolios'),
    navSeries: count('nav_series'),
    reports: count('reports'),
  };
}
