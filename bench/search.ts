import crypto from 'node:crypto';
import { namePinyin } from '../main/core/names/namePinyin';
import { CadenceService } from '../main/core/cadence/cadenceService';
import { ChangeNotifier } from '../main/core/changes/changeNotifier';
import { client360 } from '../main/core/clients/client360';
import { DisposableStore } from '../main/core/lifecycle/disposables';
import { openBook } from '../main/core/db/open';
import { createClientSearch } from '../main/core/search/clientSearch';
import { seededRandom } from '../testing/seededRandom';
import { makeTempDir } from '../testing/tempDir';
import { fillBook } from './book';
import { median, percentile, timeOnce } from './measure';
import type { Figure } from './report';

const CLIENTS = 10_000;
const QUERIES = 600;

/**
 * Search as you type and the client-360 read on a 10,000-client book, in the database layer.
 * Queries are a seeded mix of what RMs type: whole and partial Chinese names, full pinyin,
 * initials, mixed Chinese and pinyin, customer numbers, phone tails, and junk. The baseline is
 * the obvious alternative, a full scan with LIKE over the same columns.
 */
export function benchSearch(): Figure[] {
  const temp = makeTempDir('bench-search');
  try {
    const key = crypto.randomBytes(32);
    const file = temp.file('book.db');
    const demo = fillBook(file, key, CLIENTS);
    const book = openBook({ file, key });
    const search = createClientSearch(book.db);
    const like = book.db.prepare(
      `SELECT id, name, customer_no FROM clients WHERE deleted = 0 AND (name LIKE @any OR name_pinyin LIKE @prefix OR name_initials LIKE @prefix
         OR customer_no LIKE @any OR phone LIKE @suffix) ORDER BY aum_fen DESC LIMIT 10`,
    );
    const queries = queryMix(demo.clients, seededRandom(11));
    // Warm both paths once, as a running desk would be.
    for (const q of queries.slice(0, 50)) {
      search.search(q, 10);
      like.all({ any: `%${q}%`, prefix: `${q}%`, suffix: `%${q}` });
    }
    const ours = queries.map((q) => timeOnce(() => search.search(q, 10))).sort((a, b) => a - b);
    const scans = queries.map((q) => timeOnce(() => like.all({ any: `%${q}%`, prefix: `${q}%`, suffix: `%${q}` }))).sort((a, b) => a - b);

    const random = seededRandom(12);
    const ids = Array.from({ length: 200 }, () => demo.clients[Math.floor(random() * demo.clients.length)]!.id);
    const today = { year: 2026, month: 11, day: 28 };
    // Nothing cached, as on a first visit: each 360 evaluates its client's 12-4-2-1 alone.
    const cadence = new CadenceService(book.db, () => new Date('2026-11-28T04:00:00Z'), new ChangeNotifier(), new DisposableStore());
    const views = ids.map((id) => timeOnce(() => client360(book.db, id, today, cadence))).sort((a, b) => a - b);
    const client = book.db.prepare('SELECT * FROM clients WHERE id = ?');
    const holdings = book.db.prepare('SELECT * FROM holdings h LEFT JOIN products p ON p.id = h.product_id WHERE h.client_id = ?');
    const raw = ids.map((id) => timeOnce(() => (client.get(id), holdings.all(id)))).sort((a, b) => a - b);
    book.close();

    return [
      { name: `search p50 (${QUERIES} mixed queries)`, value: median(ours), unit: 'ms', baseline: median(scans), baselineName: 'LIKE full scan' },
      { name: 'search p95', value: percentile(ours, 95), unit: 'ms', baseline: percentile(scans, 95), baselineName: 'LIKE full scan', goal: '≤ 5 ms' },
      { name: 'client 360 data, one client (median)', value: median(views), unit: 'ms', baseline: median(raw), baselineName: 'raw SELECT of the client and holdings', goal: '≤ 20 ms' },
      { name: 'client 360 data p95', value: percentile(views, 95), unit: 'ms', baseline: percentile(raw, 95), baselineName: 'raw SELECT of the client and holdings' },
    ];
  } finally {
    temp.cleanup();
  }
}

function queryMix(clients: { name: string; customerNo: string; phone: string | null }[], random: () => number): string[] {
  const pick = () => clients[Math.floor(random() * clients.length)]!;
  const makers: (() => string)[] = [
    () => pick().name,
    () => pick().name.slice(0, 1),
    () => pick().name.slice(0, 2),
    () => namePinyin(pick().name).full,
    () => namePinyin(pick().name).full.slice(0, 4),
    () => namePinyin(pick().name).initials,
    () => namePinyin(pick().name).initials.slice(0, 2),
    () => {
      const c = pick();
      return c.name.slice(0, 1) + namePinyin(c.name).initials.slice(1);
    },
    () => pick().customerNo.slice(0, 6),
    () => (pick().phone ?? '1234').slice(-4),
    () => ['"', 'NEAR', '*', '😀', 'zz', 'x'.repeat(30)][Math.floor(random() * 6)]!,
  ];
  return Array.from({ length: QUERIES }, () => makers[Math.floor(random() * makers.length)]!());
}
