import { searchColumns } from '../../names/searchColumns';
import type { Migration } from '../types';

/**
 * Client search and the roster's contact columns.
 * - Search columns computed at write time (pinyin, one syllable per character, the name's
 *   characters as tokens, customer-number digits, phone tail) and an FTS5 index over them kept
 *   in step by triggers, so every path that writes a client keeps search right.
 * - clients.last_contact_at: the latest themed, undeleted interaction, in UTC. An insert raises it
 *   in place (cheap during a first sync); an edit or delete recomputes it for that client.
 */
export const clientSearch: Migration = {
  version: 30,
  name: 'client-search',
  up(db) {
    db.exec(`
      ALTER TABLE clients ADD COLUMN name_chars TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN name_syllables TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN customer_digits TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN phone_tail TEXT NOT NULL DEFAULT '';
      ALTER TABLE clients ADD COLUMN last_contact_at TEXT;
    `);
    const rows = db.prepare('SELECT rowid, name, customer_no AS customerNo, phone FROM clients').all() as { rowid: number; name: string; customerNo: string; phone: string | null }[];
    const update = db.prepare(
      'UPDATE clients SET name_pinyin = ?, name_initials = ?, name_chars = ?, name_syllables = ?, customer_digits = ?, phone_tail = ? WHERE rowid = ?',
    );
    for (const row of rows) {
      const c = searchColumns(row);
      update.run(c.namePinyin, c.nameInitials, c.nameChars, c.nameSyllables, c.customerDigits, c.phoneTail, row.rowid);
    }
    db.exec(`
      CREATE VIRTUAL TABLE clients_fts USING fts5(
        name_chars, name_pinyin, name_syllables, name_initials, customer_no, customer_digits, phone_tail,
        content = 'clients', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 0',
        -- prefix indexes: a one- or two-letter query (z, zh) is what RMs type first
        prefix = '1 2 3'
      );
      INSERT INTO clients_fts (clients_fts) VALUES ('rebuild');

      CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
        INSERT INTO clients_fts (rowid, name_chars, name_pinyin, name_syllables, name_initials, customer_no, customer_digits, phone_tail)
        VALUES (new.rowid, new.name_chars, new.name_pinyin, new.name_syllables, new.name_initials, new.customer_no, new.customer_digits, new.phone_tail);
      END;
      CREATE TRIGGER clients_fts_delete AFTER DELETE ON clients BEGIN
        INSERT INTO clients_fts (clients_fts, rowid, name_chars, name_pinyin, name_syllables, name_initials, customer_no, customer_digits, phone_tail)
        VALUES ('delete', old.rowid, old.name_chars, old.name_pinyin, old.name_syllables, old.name_initials, old.customer_no, old.customer_digits, old.phone_tail);
      END;
      CREATE TRIGGER clients_fts_update AFTER UPDATE OF name_chars, name_pinyin, name_syllables, name_initials, customer_no, customer_digits, phone_tail ON clients BEGIN
        INSERT INTO clients_fts (clients_fts, rowid, name_chars, name_pinyin, name_syllables, name_initials, customer_no, customer_digits, phone_tail)
        VALUES ('delete', old.rowid, old.name_chars, old.name_pinyin, old.name_syllables, old.name_initials, old.customer_no, old.customer_digits, old.phone_tail);
        INSERT INTO clients_fts (rowid, name_chars, name_pinyin, name_syllables, name_initials, customer_no, customer_digits, phone_tail)
        VALUES (new.rowid, new.name_chars, new.name_pinyin, new.name_syllables, new.name_initials, new.customer_no, new.customer_digits, new.phone_tail);
      END;

      UPDATE clients SET last_contact_at = (
        SELECT max(strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at)) FROM interactions i
        WHERE i.client_id = clients.id AND i.deleted = 0 AND trim(coalesce(i.theme, '')) <> ''
      );
      CREATE TRIGGER interactions_contact_insert AFTER INSERT ON interactions
      WHEN new.deleted = 0 AND trim(coalesce(new.theme, '')) <> '' BEGIN
        UPDATE clients SET last_contact_at = strftime('%Y-%m-%dT%H:%M:%fZ', new.occurred_at)
        WHERE id = new.client_id AND coalesce(last_contact_at, '') < strftime('%Y-%m-%dT%H:%M:%fZ', new.occurred_at);
      END;
      CREATE TRIGGER interactions_contact_change AFTER UPDATE OF occurred_at, theme, deleted, client_id ON interactions BEGIN
        UPDATE clients SET last_contact_at = (
          SELECT max(strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at)) FROM interactions i
          WHERE i.client_id = clients.id AND i.deleted = 0 AND trim(coalesce(i.theme, '')) <> ''
        ) WHERE id IN (new.client_id, old.client_id);
      END;
      CREATE TRIGGER interactions_contact_delete AFTER DELETE ON interactions BEGIN
        UPDATE clients SET last_contact_at = (
          SELECT max(strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at)) FROM interactions i
          WHERE i.client_id = clients.id AND i.deleted = 0 AND trim(coalesce(i.theme, '')) <> ''
        ) WHERE id = old.client_id;
      END;
      CREATE INDEX clients_by_last_contact ON clients (last_contact_at, id) WHERE deleted = 0;
    `);
  },
};
