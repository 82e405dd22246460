import type { Migration } from '../types';

/**
 * The 12-4-2-1 evaluation reads every themed, undeleted interaction of the book; a partial index
 * holding exactly the columns it reads lets it skip the table's rows (summaries and next steps
 * make them large, and every page read is decrypted). theme and deleted are in it too: SQLite
 * counts an index as covering only when it holds the columns of the WHERE as well.
 */
export const cadenceIndex: Migration = {
  version: 40,
  name: 'cadence-index',
  up(db) {
    db.exec(`CREATE INDEX interactions_themed ON interactions (client_id, occurred_at, is_allocation_review, channel, theme, deleted)
             WHERE deleted = 0 AND trim(coalesce(theme, '')) <> ''`);
  },
};
