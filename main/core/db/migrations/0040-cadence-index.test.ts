import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { MIGRATIONS } from './index';

describe('0040-cadence-index', () => {
  it('serves the 12-4-2-1 read of themed interactions from the index alone', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT client_id, occurred_at, is_allocation_review, channel = 'face_to_face' FROM interactions
         WHERE deleted = 0 AND trim(coalesce(theme, '')) <> ''`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/COVERING INDEX interactions_themed/);
  });
});
