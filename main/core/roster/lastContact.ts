import type { Db } from '../db/types';

/**
 * Recomputes every client's last contact. Triggers keep it current row by row; this is for after
 * a first sync, where a client record may arrive after its interactions (the feed is in the
 * bank's order), so the insert trigger had no row to raise.
 */
export function recomputeLastContact(db: Db): void {
  db.prepare(
    `UPDATE clients SET last_contact_at = (
       SELECT max(strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at)) FROM interactions i
       WHERE i.client_id = clients.id AND i.deleted = 0 AND trim(coalesce(i.theme, '')) <> '')`,
  ).run();
}
