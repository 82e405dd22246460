import { describe, expect, it } from 'vitest';
import type { Report } from '../../../shared/domain';
import { bookFixture } from '../../../testing/bookFixture';
import { entriesFor } from '../outbox/outbox';
import { createChangeApplier } from '../sync/applyChanges';
import { stashedReport } from '../sync/heldServerRecords';
import { beginResync, finishResync } from '../sync/resync';
import { readReport, readSnapshot } from './reportRecord';
import { deliverReport, storeGeneratedReport } from './reportWrites';
import type { ReportSnapshot } from '../../../reports/snapshot';
import { reportSnapshot } from '../../../testing/reportSnapshots';

const NOW = '2026-11-28T04:00:00.000Z';

function setup() {
  const { db, demo } = bookFixture({ clients: 3 });
  const client = demo.clients[0]!;
  // A whole snapshot (it is read back through its schema), about this book's client.
  const base = reportSnapshot({ kind: 'annual_wealth' });
  const snapshot: ReportSnapshot = { ...base, reportId: '0190f000-0000-7000-8000-000000000001', generatedAt: NOW, client: { ...base.client, id: client.id } };
  const line = storeGeneratedReport(db, snapshot, { sha256: 'a'.repeat(64), pages: 7 }, { advisorId: client.advisorId, now: NOW });
  return { db, client, line, applier: createChangeApplier(db) };
}

const fromBank = (report: Report, changes: Partial<Report>): Report => ({ ...report, ...changes });

describe('report records at the desk', () => {
  it('stores a generated report with its snapshot, an outbox entry to create it and an audit entry', () => {
    const { db, line } = setup();
    expect(line).toMatchObject({ pages: 7, pending: true, pdfSha256: 'a'.repeat(64) });
    expect(readSnapshot(db, line.id)).toMatchObject({ title: '2026年度财富管理报告', client: { id: line.clientId } });
    expect(entriesFor(db, 'report', line.id).map((e) => e.op)).toEqual(['create']);
    expect(db.prepare(`SELECT action FROM audit_log WHERE entity_id = ?`).pluck().all(line.id)).toEqual(['report_generated']);
  });

  it('keeps an unsent delivery when the bank sends its older record, and stashes the bank record for later', () => {
    const { db, line, applier } = setup();
    deliverReport(db, line.id, 'chat', { now: NOW });
    const local = readReport(db, line.id)!;
    applier.applyRecords([{ entity: 'report', data: fromBank(local, { version: 1, deliveredAt: null, deliveryChannel: null }) }]);
    expect(readReport(db, line.id)).toMatchObject({ deliveryChannel: 'chat' });
    expect(stashedReport(db, line.id)).toMatchObject({ version: 1, deliveryChannel: null });
  });

  it('takes the bank record once nothing is held, and keeps the snapshot and page count the bank does not have', () => {
    const { db, line, applier } = setup();
    db.prepare('DELETE FROM outbox').run();
    const local = readReport(db, line.id)!;
    applier.applyRecords([{ entity: 'report', data: fromBank(local, { version: 2, deliveredAt: NOW, deliveryChannel: 'download' }) }]);
    expect(readReport(db, line.id)).toMatchObject({ version: 2, deliveryChannel: 'download' });
    expect(readSnapshot(db, line.id)).toMatchObject({ reportId: line.id });
    expect(db.prepare('SELECT pages FROM reports WHERE id = ?').pluck().get(line.id)).toBe(7);
  });

  it('keeps reports made here through a full re-sync, and drops bank-only records the bank no longer has', () => {
    const { db, line, applier } = setup();
    db.prepare('DELETE FROM outbox').run();
    const other = fromBank(readReport(db, line.id)!, { id: 'made-at-another-desk' });
    applier.applyRecords([{ entity: 'report', data: other }]);
    beginResync(db);
    finishResync(db);
    expect(readReport(db, line.id)).not.toBeNull();
    expect(readReport(db, 'made-at-another-desk')).toBeNull();
  });

  it('caches the bank model portfolios and NAV series', () => {
    const { db, applier } = setup();
    applier.applyRecords([
      { entity: 'model_portfolio',
        data: { id: 'm-c3', riskLevel: 'C3', name: '平衡型', weights: [{ assetClass: 'cash', target: 1, min: 0.9, max: 1, suggestedProductIds: [] }], version: 1, deleted: false },
      },
      { entity: 'nav_series', data: { id: 'nav-p1', productId: 'p1', points: [['2026-11-27', 1.0234]], deleted: false } },
    ]);
    expect(db.prepare(`SELECT json_extract(weights, '$[0].target') FROM model_portfolios WHERE id = 'm-c3'`).pluck().get()).toBe(1);
    expect(db.prepare(`SELECT points FROM nav_series WHERE product_id = 'p1'`).pluck().get()).toBe('[["2026-11-27",1.0234]]');
  });
});
