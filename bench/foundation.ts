import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { openBook } from '../main/core/db/open';
import { MIGRATIONS } from '../main/core/db/migrations';
import { ensureCadenceView } from '../main/core/cadence/cadenceView';
import { bankClock } from '../main/core/time/bankClock';
import { createRosterQueries } from '../main/core/roster/rosterPage';
import { makeTempDir } from '../testing/tempDir';
import { fillBook } from './book';
import { median, sample, timeOnce } from './measure';
import type { Figure } from './report';

const CLIENTS = 10_000;
const ROSTER_PAGE = 200;

/**
 * Foundation figures on a 10,000-client book: opening the encrypted database (key, pragmas,
 * migration check) and creating one (all migrations), each beside raw better-sqlite3 on an
 * unencrypted file; and the first roster page, beside the raw SELECT of the same rows.
 */
export function benchFoundation(): Figure[] {
  const temp = makeTempDir('bench-foundation');
  try {
    const key = crypto.randomBytes(32);
    const bookPath = temp.file('book.db');
    const plainPath = temp.file('plain.db');
    fillBook(bookPath, key, CLIENTS);
    copyAsPlain(bookPath, key, plainPath);

    const openSamples = sample(() => openBook({ file: bookPath, key }).close(), 15);
    const rawOpenSamples = sample(() => {
      const db = new Database(plainPath);
      db.pragma('journal_mode = WAL');
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      db.close();
    }, 15);

    let fresh = 0;
    const createSamples = sample(() => openBook({ file: temp.file(`fresh-${fresh++}.db`), key }).close(), 10);
    let rawFresh = 0;
    const rawCreateSamples = sample(() => {
      const db = new Database(temp.file(`raw-${rawFresh++}.db`));
      db.pragma('journal_mode = WAL');
      db.transaction(() => MIGRATIONS.forEach((m) => m.up(db)))();
      db.close();
    }, 10);

    // The first page right after opening (cold cache, statements prepared), as the roster shows
    // it; the baseline is the raw SELECT of the same rows on a freshly opened connection too.
    const firstPage: number[] = [];
    const rawFirstPage: number[] = [];
    for (let i = 0; i < 15; i++) {
      const book = openBook({ file: bookPath, key });
      // The roster's own SQL, as before 12-4-2-1 results joined it (those are the cadence bench's).
      const noCadence = { viewKey: () => (ensureCadenceView(book.db), '') };
      firstPage.push(timeOnce(() => createRosterQueries(book.db, noCadence).page(0, ROSTER_PAGE, { field: 'aum', order: 'desc' }, {}, bankClock(new Date()))));
      book.close();
      const raw = openBook({ file: bookPath, key });
      rawFirstPage.push(timeOnce(() => raw.db.prepare('SELECT * FROM clients WHERE deleted = 0 ORDER BY aum_fen DESC, id DESC LIMIT ?').all(ROSTER_PAGE)));
      raw.close();
    }
    firstPage.sort((a, b) => a - b);
    rawFirstPage.sort((a, b) => a - b);

    return [
      { name: 'open 10k-client book (key, pragmas, migrations)', value: median(openSamples), unit: 'ms', baseline: median(rawOpenSamples), baselineName: 'raw open, unencrypted' },
      { name: 'create book and run all migrations', value: median(createSamples), unit: 'ms', baseline: median(rawCreateSamples), baselineName: 'same DDL, unencrypted' },
      { name: `first roster page (${ROSTER_PAGE} rows, by AUM)`, value: median(firstPage), unit: 'ms', baseline: median(rawFirstPage), baselineName: 'raw SELECT of the rows' },
    ];
  } finally {
    temp.cleanup();
  }
}

/** The same data in an unencrypted file, for the baselines: a copy decrypted in place. */
function copyAsPlain(file: string, key: Buffer, plainPath: string): void {
  fs.copyFileSync(file, plainPath);
  const db = new Database(plainPath);
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
  db.pragma('journal_mode = DELETE'); // rekey needs a rollback journal
  db.pragma(`rekey = ''`);
  db.close();
}
