import { generateDemoBook } from '../backend/demo/generate';
import type { DemoBook } from '../backend/demo/generate';
import { openBook } from '../main/core/db/open';
import { createChangeApplier } from '../main/core/sync/applyChanges';
import type { Change } from '../shared/wire';

/** A book of `clients` demo clients written through the same applier the sync uses. */
export function fillBook(file: string, key: Buffer, clients: number): DemoBook {
  const demo = generateDemoBook({ seed: 1, clients, asOf: '2026-11-28' });
  let seq = 0;
  const changes: Change[] = [
    ...demo.advisors.map(({ advisor }) => ({ seq: ++seq, entity: 'advisor' as const, data: advisor })),
    ...demo.products.map((data) => ({ seq: ++seq, entity: 'product' as const, data })),
    ...demo.clients.map((data) => ({ seq: ++seq, entity: 'client' as const, data })),
    ...demo.holdings.map((data) => ({ seq: ++seq, entity: 'holding' as const, data })),
    ...demo.interactions.map((data) => ({ seq: ++seq, entity: 'interaction' as const, data })),
  ];
  const book = openBook({ file, key });
  createChangeApplier(book.db).applyRecords(changes);
  book.close();
  return demo;
}
