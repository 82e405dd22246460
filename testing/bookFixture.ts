import Database from 'better-sqlite3-multiple-ciphers';
import { generateDemoBook } from '../backend/demo/generate';
import type { DemoBook } from '../backend/demo/generate';
import { migrate } from '../main/core/db/migrate';
import { MIGRATIONS } from '../main/core/db/migrations';
import type { Db } from '../main/core/db/types';
import { createChangeApplier } from '../main/core/sync/applyChanges';
import type { Change } from '../shared/wire';

/**
 * A local book in memory with the whole schema, filled through the same applier the sync uses,
 * from the demo generator (and optional extra records): for tests of queries over a real book.
 */
export function bookFixture(options: { clients?: number | 'none'; asOf?: string; extra?: Change[] } = {}): { db: Db; demo: DemoBook } {
  const db = new Database(':memory:');
  migrate(db, MIGRATIONS);
  const demo = generateDemoBook({ seed: 7, clients: options.clients === 'none' ? 0 : (options.clients ?? 0), asOf: options.asOf ?? '2026-11-28' });
  // 'none': only the product shelf (the generator always adds the second advisor's small book)
  const own = options.clients === 'none' ? { ...demo, clients: [], holdings: [], interactions: [] } : demo;
  let seq = 0;
  const changes: Change[] = [
    ...own.products.map((data) => ({ seq: ++seq, entity: 'product' as const, data })),
    ...own.clients.map((data) => ({ seq: ++seq, entity: 'client' as const, data })),
    ...own.holdings.map((data) => ({ seq: ++seq, entity: 'holding' as const, data })),
    ...own.interactions.map((data) => ({ seq: ++seq, entity: 'interaction' as const, data })),
    ...(options.extra ?? []),
  ];
  createChangeApplier(db).applyRecords(changes);
  return { db, demo };
}
