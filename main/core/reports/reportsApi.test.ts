import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchStatus } from '../../../shared/api';
import type { Desk, DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';
import { pdfText } from '../../../reports/pdfText.testing';

let harness: DeskHarness;
let desk: Desk;
let clientIds: string[];
let advisorId: string;
const now = new Date('2026-11-28T04:00:00Z'); // Saturday 28 November, 12:00 in Shanghai

beforeAll(async () => {
  harness = await startDeskHarness({ clients: 24, prefix: 'reports-api' });
  desk = harness.makeCore({ now: () => now });
  await desk.call('session.login', { username: 'demo', password: 'demo1234' });
  await desk.syncUntilSettled();
  const page = await desk.call('clients.page', { offset: 0, limit: 100 });
  clientIds = page.rows.map((r) => r.id);
  advisorId = (await desk.call('session.current'))!.advisor.id;
}, 60_000);
afterAll(() => harness.close());

const pdfBytes = (base64: string) => Buffer.from(base64, 'base64');

describe('reports through the API', () => {
  it('generates an allocation report, stores its hash, reproduces the same PDF and tells the bank', async () => {
    const clientId = clientIds[0]!;
    const line = await desk.call('reports.generate', { clientId, kind: 'allocation', notes: '建议逐步增配固收类产品。' });
    expect(line).toMatchObject({ clientId, kind: 'allocation', pending: true, deliveredAt: null });
    expect(line.pages).toBeGreaterThan(1);

    const file = await desk.call('reports.pdf', { id: line.id });
    expect(pdfBytes(file.base64).subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.sha256).toBe(line.pdfSha256);
    expect(file.filename).toMatch(/资产配置报告.*\.pdf$/);
    // The desk's first number of the year (reportNumbers.ts) is printed, not the report's id.
    const text = pdfText(pdfBytes(file.base64));
    expect(text).toMatch(/报告编号\s*2026-011020345-[0-9A-HJKMNP-TV-Z]{4}-000001/);
    expect(text).not.toContain(line.id);

    // A second desk process has no PDF cached: it renders from the stored snapshot, to the same bytes.
    await desk.core.close();
    desk = harness.makeCore({ now: () => now });
    await desk.call('session.login', { username: 'demo', password: 'demo1234' });
    expect((await desk.call('reports.pdf', { id: line.id })).sha256).toBe(line.pdfSha256);

    await desk.syncUntilSettled();
    const [stored] = await desk.call('reports.list', { clientId });
    expect(stored).toMatchObject({ id: line.id, pending: false });
    const atBank = harness.backend.store.getReport(line.id);
    expect(atBank).toMatchObject({ clientId, kind: 'allocation', pdfSha256: line.pdfSha256 });
    expect(harness.backend.store.auditEntries(advisorId).map((e) => e.action)).toContain('report_generated');
  });

  it('refuses notes of 1 MB with LIMIT and a reason, and keeps nothing of the attempt', async () => {
    const clientId = clientIds[1]!;
    const result = await desk.attempt('reports.generate', { clientId, kind: 'allocation', notes: 'x'.repeat(1024 * 1024) });
    expect(result).toMatchObject({ ok: false, error: { code: 'LIMIT' } });
    if (!result.ok) expect(result.error).toMatchObject({ reason: 'report.text_too_long', params: { field: 'notes', max: 20_000, length: 1024 * 1024 } });
    expect(await desk.call('reports.list', { clientId })).toEqual([]);
  });

  it('refuses an opinion or plan that promises, naming the field and the rule, audited by rule, and keeps nothing', async () => {
    const clientId = clientIds[2]!;
    const result = await desk.attempt('reports.generate', { clientId, kind: 'allocation', notes: '本产品不保本。建议增配，年化收益5%，肯定能拿到。' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'report.promise_found' } });
    if (!result.ok) expect(result.error.details?.map((d) => [d.path, d.params.rule])).toContainEqual(['input.notes', 'statedReturn.promised']);
    expect(await desk.call('reports.list', { clientId })).toEqual([]);
    // A disclosure alone is no promise: the same client's report with it is made.
    expect(await desk.call('reports.generate', { clientId, kind: 'allocation', notes: '本产品不保本，过往业绩不代表未来表现。' })).toMatchObject({ clientId });
    await desk.syncUntilSettled();
    const blocked = harness.backend.store.auditEntries(advisorId).filter((e) => e.action === 'report_compliance_blocked');
    expect(blocked.map((e) => [e.entityId, e.details])).toEqual([[clientId, { terms: 2, rules: 'statedReturn.promised,certainty.sure_return' }]]);
  });

  it('delivers an annual report, which turns the 12-4-2-1 "1" done, and the bank learns of the delivery', async () => {
    const due = (await desk.call('cadence.worklist', {})).items.find((i) => i.reasons.includes('annual_report_due'));
    expect(due).toBeDefined();
    const clientId = due!.clientId;
    const survey = { goals: '子女教育金', horizon: '5_10y' as const, liquidityNeeds: '每年20万', riskAppetiteChange: 'unchanged' as const, familyEvents: '', enterpriseEvents: '' };
    await desk.call('reports.saveSurvey', { clientId, survey });
    expect(await desk.call('reports.survey', { clientId })).toEqual(survey);

    const line = await desk.call('reports.generate', { clientId, kind: 'annual_wealth', nextYearPlan: '明年保持季度检视。' });
    expect((await desk.call('clients.get360', { id: clientId })).cadence.annualReport.done).toBe(0);

    const delivered = await desk.call('reports.deliver', { id: line.id, channel: 'printed' });
    expect(delivered).toMatchObject({ deliveryChannel: 'printed', pending: true });
    expect(delivered.deliveredAt).not.toBeNull();
    const view = await desk.call('clients.get360', { id: clientId });
    expect(view.cadence.annualReport.done).toBe(1);
    expect(view.reports.find((r) => r.id === line.id)?.deliveredAt).toBe(delivered.deliveredAt);

    await desk.syncUntilSettled();
    expect(harness.backend.store.getReport(line.id)).toMatchObject({ deliveryChannel: 'printed', deliveredAt: delivered.deliveredAt });
    expect(harness.backend.store.auditEntries(advisorId).map((e) => e.action)).toEqual(expect.arrayContaining(['report_delivered']));
  });

  it('records prints and exports in the audit log, and prints in the renderer', async () => {
    const [line] = await desk.call('reports.list', { clientId: clientIds[0]! });
    expect(await desk.call('reports.print', { id: line!.id })).toEqual({ printedByHost: false, printed: false });
    await desk.call('reports.recordAction', { id: line!.id, action: 'printed' });
    await desk.call('reports.recordAction', { id: line!.id, action: 'exported' });
    await desk.syncUntilSettled();
    const actions = harness.backend.store.auditEntries(advisorId).filter((e) => e.entityId === line!.id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['report_generated', 'report_printed', 'report_exported']));
    expect(await desk.attempt('reports.recordAction', { id: 'no-such-report', action: 'printed' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('generates while the bank is unreachable, and sends the report once it is back', async () => {
    harness.proxy.setFault('/', { kind: 'reset' });
    const clientId = clientIds[2]!;
    const line = await desk.call('reports.generate', { clientId, kind: 'allocation' });
    expect(line.pending).toBe(true);
    await desk.attempt('sync.now');
    expect(harness.backend.store.getReport(line.id)).toBeUndefined();
    harness.proxy.clearFaults();
    await desk.syncUntilSettled();
    expect(harness.backend.store.getReport(line.id)).toMatchObject({ id: line.id });
  });
});

describe('report batches', () => {
  const progressOf = (batchId: string) =>
    desk.events.filter((e) => e.event === 'report:progress').map((e) => e.payload as BatchStatus).filter((s) => s.batchId === batchId);

  async function finished(batchId: string): Promise<BatchStatus> {
    for (;;) {
      const status = await desk.call('reports.batchStatus', { batchId });
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('produces 20 reports in roster order with one failure listed and the rest stored, zipped for download', async () => {
    const chosen = clientIds.slice(0, 20);
    const failing = chosen[7]!;
    // One client over the holdings limit: its report cannot be made, the others must be.
    const { productId } = (await desk.call('clients.get360', { id: clientIds[0]! })).holdings[0]!;
    harness.backend.store.putRecords({
      holdings: Array.from({ length: 10_001 }, (_, i) => ({
        id: `many-${i}`,
        clientId: failing,
        productId,
        units: 1,
        marketValueFen: 100_000,
        costFen: 100_000,
        asOf: '2026-11-27',
        deleted: false,
      })),
    });
    await desk.syncUntilSettled();

    const started = await desk.call('reports.batchStart', { kind: 'allocation', clients: chosen, printQueue: true });
    expect(started).toMatchObject({ state: 'running', total: 20, done: 0, printQueue: null });
    const status = await finished(started.batchId);
    expect(status).toMatchObject({ state: 'done', total: 20, done: 19 });
    expect(status.failed).toEqual([{ clientId: failing, name: expect.any(String), error: expect.objectContaining({ reason: 'report.too_many_holdings', params: { max: 10_000, count: expect.any(Number) } }) }]);
    expect(progressOf(started.batchId).at(-1)).toMatchObject({ state: 'done', done: 19 });

    // The print queue: every page of the 19, in roster order, beside them.
    expect(status.printQueue).toMatch(/print-queue\.pdf$/);
    const pages = await Promise.all(chosen.filter((c) => c !== failing).map(async (id) => (await desk.call('reports.list', { clientId: id }))[0]!.pages));
    expect((await PDFDocument.load(fs.readFileSync(status.printQueue!))).getPageCount()).toBe(pages.reduce((a, b) => a + b, 0));

    const zip = await desk.call('reports.batchZip', { batchId: started.batchId });
    const files = unzipSync(Buffer.from(zip.base64, 'base64'));
    const names = Object.keys(files).filter((name) => name !== 'print-queue.pdf');
    expect(Object.keys(files)).toContain('print-queue.pdf');
    expect(names).toHaveLength(19);
    expect(names).toEqual([...names].sort());
    expect(names[0]).toMatch(/^0001-.*-allocation\.pdf$/);
    expect(Buffer.from(files[names[0]!]!).subarray(0, 5).toString()).toBe('%PDF-');
    for (const id of chosen.filter((c) => c !== failing)) expect((await desk.call('reports.list', { clientId: id })).length).toBeGreaterThan(0);
  }, 120_000);

  it('stops handing out work when cancelled; what was made is kept', async () => {
    const started = await desk.call('reports.batchStart', { kind: 'annual_wealth', clients: clientIds.slice(0, 20) });
    await new Promise<void>((resolve) => {
      const stop = desk.core.events.subscribe((event, payload) => {
        const status = payload as BatchStatus;
        if (event === 'report:progress' && (status.done >= 1 || status.state !== 'running')) {
          stop();
          resolve();
        }
      });
    });
    await desk.call('reports.batchCancel', { batchId: started.batchId });
    const status = await finished(started.batchId);
    expect(status.state).toBe('cancelled');
    expect(status.done).toBeGreaterThanOrEqual(1);
    expect(status.done + status.failed.length).toBeLessThan(20);
  }, 120_000);

  it('chooses every client whose annual report is due', async () => {
    let due = 0;
    for (const id of clientIds) {
      const { annualReport } = (await desk.call('clients.get360', { id })).cadence;
      if (annualReport.target > 0 && annualReport.done < annualReport.target) due += 1;
    }
    expect(due).toBeGreaterThan(0);
    const started = await desk.call('reports.batchStart', { kind: 'annual_wealth', clients: 'annual_report_due' });
    await desk.call('reports.batchCancel', { batchId: started.batchId });
    expect(started.total).toBe(due);
  });
});
