import crypto from 'node:crypto';
import { evaluateCadence } from '../shared/cadence';
import type { CadenceInput } from '../shared/cadence';
import { evaluateBook, evaluateLoaded, loadBookTouches } from '../main/core/cadence/evaluateBook';
import { summarise } from '../main/core/cadence/summarise';
import { openBook } from '../main/core/db/open';
import { makeTempDir } from '../testing/tempDir';
import { fillBook } from './book';
import { median, sample } from './measure';
import type { Figure } from './report';

const CLIENTS = 10_000;
const SCOPE = { year: 2026, asOf: '2026-11-28' };

/**
 * 12-4-2-1 for the whole 10,000-client book (about 150,000 interactions), with the dashboard's
 * figures, beside the naive way: one query per client for its interactions and reports.
 */
export function benchCadence(): Figure[] {
  const temp = makeTempDir('bench-cadence');
  try {
    const key = crypto.randomBytes(32);
    const file = temp.file('book.db');
    fillBook(file, key, CLIENTS);
    const book = openBook({ file, key });
    // The dashboard's own path: the book's dates read once (until data changes), each year or day it asks for evaluated from them.
    const loaded = loadBookTouches(book.db);
    const evaluate = sample(() => summarise(evaluateLoaded(loaded, SCOPE), SCOPE), 9, 2);
    const cold = sample(() => summarise(evaluateBook(book.db, SCOPE), SCOPE), 5, 1);

    const clients = book.db.prepare('SELECT id, client_since FROM clients WHERE deleted = 0');
    const interactions = book.db.prepare(
      'SELECT occurred_at AS occurredAt, theme, is_allocation_review AS review, channel, deleted FROM interactions WHERE client_id = ?',
    );
    const reports = book.db.prepare(`SELECT kind, delivered_at AS deliveredAt FROM reports WHERE client_id = ?`);
    const naive = sample(
      () => {
        for (const c of clients.all() as { id: string; client_since: string | null }[]) {
          const rows = interactions.all(c.id) as { occurredAt: string; theme: string | null; review: number; channel: CadenceInput['interactions'][number]['channel']; deleted: number }[];
          evaluateCadence({
            ...SCOPE,
            clientSince: c.client_since,
            interactions: rows.map((r) => ({ occurredAt: r.occurredAt, theme: r.theme, isAllocationReview: r.review === 1, channel: r.channel, deleted: r.deleted === 1 })),
            reports: reports.all(c.id) as CadenceInput['reports'],
          });
        }
      },
      3,
      1,
    );
    book.close();
    return [
      { name: 'whole book, dashboard figures (median of 9)', value: median(evaluate), unit: 'ms', baseline: median(naive), baselineName: 'one query per client', goal: '≤ 150 ms' },
      { name: 'the same, reading the book first (after a change)', value: median(cold), unit: 'ms', baseline: median(naive), baselineName: 'one query per client' },
    ];
  } finally {
    temp.cleanup();
  }
}
