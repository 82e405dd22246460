import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Client } from '../../../shared/domain';
import { clientSchema } from '../../../shared/domain';
import { parseStoredJson } from '../db/storedJson';
import type { Db } from '../db/types';
import { log } from '../log';

const CLIENT_COLUMNS = `id, advisor_id AS advisorId, customer_no AS customerNo, name, name_en AS nameEn, gender,
  birth_date AS birthDate, phone, id_number AS idNumber, tier, risk_level AS riskLevel, risk_assessed_at AS riskAssessedAt,
  aum_fen AS aumFen, client_since AS clientSince, tags, preferred_channel AS preferredChannel, contact_prefs AS contactPrefs,
  notes, family_notes AS familyNotes, enterprise_notes AS enterpriseNotes, version, updated_at AS updatedAt, deleted`;

type ClientDbRow = Omit<Client, 'tags' | 'deleted'> & { tags: string; deleted: number };

/** The tags column (a JSON array), read back through its schema; unreadable tags read as none. */
export function parseTags(text: string): string[] {
  return parseStoredJson(clientSchema.shape.tags, text, 'clients.tags') ?? [];
}

/**
 * A client from the local cache in the shape of shared/domain, checked like anything read back;
 * null when there is none (or the row cannot be read, which is logged and left in place).
 */
export function readClient(db: Db, id: string): Client | null {
  const row = db.prepare(`SELECT ${CLIENT_COLUMNS} FROM clients WHERE id = ?`).get(id) as ClientDbRow | undefined;
  if (!row) return null;
  const parsed = clientSchema.safeParse({ ...row, tags: parseTags(row.tags), deleted: row.deleted === 1 });
  if (parsed.success) return parsed.data;
  log.warn('db.unreadable_row', { where: 'clients', issues: parsed.error.issues.length });
  return null;
}

const openStatements = new WeakMap<Db, Statement>();

/**
 * Whether a client is in the book and not deleted, without reading and checking the whole record:
 * asked on every chat message sent (a thousand a second at most).
 */
export function isOpenClient(db: Db, id: string): boolean {
  let statement = openStatements.get(db);
  if (!statement) openStatements.set(db, (statement = db.prepare('SELECT 1 FROM clients WHERE id = ? AND deleted = 0').pluck()));
  return statement.get(id) !== undefined;
}

/** Column names of the editable fields, for updates built from a whitelist. */
export const EDITABLE_COLUMN: Record<'notes' | 'familyNotes' | 'enterpriseNotes' | 'tags' | 'preferredChannel' | 'contactPrefs', string> = {
  notes: 'notes',
  familyNotes: 'family_notes',
  enterpriseNotes: 'enterprise_notes',
  tags: 'tags',
  preferredChannel: 'preferred_channel',
  contactPrefs: 'contact_prefs',
};

/** A value as stored: tags are a JSON array in the table. */
export function columnValue(field: keyof typeof EDITABLE_COLUMN, value: unknown): unknown {
  return field === 'tags' ? JSON.stringify(value ?? []) : value;
}
