/**
 * The secondary indexes of the synced tables and the last-contact triggers, as the current schema
 * defines them: what a first sync drops and rebuilds (firstSyncIndexes.ts). The migrations are
 * the schema's history; this is its present, and firstSyncIndexes.test.ts checks that the two
 * agree, so a migration that changes one of these must change it here too.
 */
export const DEFERRED_SCHEMA = [
  { kind: 'index', name: 'clients_by_aum', sql: 'CREATE INDEX IF NOT EXISTS clients_by_aum ON clients (aum_fen, id) WHERE deleted = 0' },
  { kind: 'index', name: 'clients_by_pinyin', sql: 'CREATE INDEX IF NOT EXISTS clients_by_pinyin ON clients (name_pinyin, id) WHERE deleted = 0' },
  { kind: 'index', name: 'clients_by_last_contact', sql: 'CREATE INDEX IF NOT EXISTS clients_by_last_contact ON clients (last_contact_at, id) WHERE deleted = 0' },
  { kind: 'index', name: 'holdings_by_client', sql: 'CREATE INDEX IF NOT EXISTS holdings_by_client ON holdings (client_id)' },
  { kind: 'index', name: 'interactions_by_client', sql: 'CREATE INDEX IF NOT EXISTS interactions_by_client ON interactions (client_id, occurred_at)' },
  {
    kind: 'index',
    name: 'interactions_themed',
    sql: `CREATE INDEX IF NOT EXISTS interactions_themed ON interactions (client_id, occurred_at, is_allocation_review, channel, theme, deleted)
          WHERE deleted = 0 AND trim(coalesce(theme, '')) <> ''`,
  },
  {
    kind: 'trigger',
    name: 'interactions_contact_insert',
    sql: `CREATE TRIGGER IF NOT EXISTS interactions_contact_insert AFTER INSERT ON interactions
          WHEN new.deleted = 0 AND trim(coalesce(new.theme, '')) <> '' BEGIN
            UPDATE clients SET last_contact_at = strftime('%Y-%m-%dT%H:%M:%fZ', new.occurred_at)
            WHERE id = new.client_id AND coalesce(last_contact_at, '') < strftime('%Y-%m-%dT%H:%M:%fZ', new.occurred_at);
          END`,
  },
  {
    kind: 'trigger',
    name: 'interactions_contact_change',
    sql: `CREATE TRIGGER IF NOT EXISTS interactions_contact_change AFTER UPDATE OF occurred_at, theme, deleted, client_id ON interactions BEGIN
            UPDATE clients SET last_contact_at = (
              SELECT max(strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at)) FROM interactions i
              WHERE i.client_id = clients.id AND i.deleted = 0 AND trim(coalesce(i.theme, '')) <> ''
            ) WHERE id IN (new.client_id, old.client_id);
          END`,
  },
  {
    kind: 'trigger',
    name: 'interactions_contact_delete',
    sql: `CREATE TRIGGER IF NOT EXISTS interactions_contact_delete AFTER DELETE ON interactions BEGIN
            UPDATE clients SET last_contact_at = (
              SELECT max(strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at)) FROM interactions i
              WHERE i.client_id = clients.id AND i.deleted = 0 AND trim(coalesce(i.theme, '')) <> ''
            ) WHERE id = old.client_id;
          END`,
  },
] as const;

export type DeferredObject = (typeof DEFERRED_SCHEMA)[number];
export const DEFERRED_NAMES = DEFERRED_SCHEMA.map((o) => o.name);
