import crypto from 'node:crypto';
import { evaluateCadence } from '../shared/cadence';
import type { CadenceInput } from '../shared/cadence';
import { evaluateBook, evaluateLoaded, loadBookTouches } from '../main/core/cadence/evaluateBook';
import { CadenceService } from '../main/core/cadence/cadenceService';
import { summarise } from '../main/core/cadence/summarise';
import { ChangeNotifier } from '../main/core/changes/changeNotifier';
import { DisposableStore } from '../main/core/lifecycle/disposables';
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
    // The dashboard after the RM logs one contact: the write marks its client, the next read moves the figures by the difference.
    const service = new CadenceService(book.db, () => new Date('2026-11-28T04:00:00Z'), new ChangeNotifier(), new DisposableStore());
    service.viewKey(SCOPE);
    service.book(SCOPE);
    const ids = book.db.prepare('SELECT id, advisor_id FROM clients WHERE deleted = 0 LIMIT 50').raw().all() as [string, string][];
    const log = book.db.prepare(
      `INSERT INTO interactions (id, client_id, advisor_id, occurred_at, channel, theme, is_allocation_review, summary, next_steps, version, updated_at, deleted)
       VALUES (?, ?, ?, '2026-11-27T02:00:00Z', 'phone', '市场观点', 0, NULL, NULL, 0, '2026-11-27T02:00:00Z', 0)`,
    );
    let logged = 0;
    const afterOne = sample(
      () => {
        const [clientId, advisorId] = ids[logged % ids.length] as [string, string];
        log.run(`BENCH-${logged++}`, clientId, advisorId);
        service.book(SCOPE);
      },
      15,
      3,
    );
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
      { name: 'the same, reading the book first', value: median(cold), unit: 'ms', baseline: median(naive), baselineName: 'one query per client' },
      { name: 'after one interaction is logged (re-read + re-evaluate)', value: median(afterOne), unit: 'ms', baseline: median(naive), baselineName: 'one query per client', goal: '≤ 10 ms' },
    ];
  } finally {
    temp.cleanup();
  }
}
