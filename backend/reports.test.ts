import { createHash } from 'node:crypto';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Report } from '../shared/domain/entities';
import type { Change } from '../shared/wire/changes';
import { changesPageSchema } from '../shared/wire/changes';
import type { MutationResult, ReportDraft } from '../shared/wire/mutations';
import { mutationsResponseSchema } from '../shared/wire/mutations';
import { DEMO2_ADVISOR, DEMO_ADVISOR } from './demo/advisors';
import { DEMO2_CREDENTIALS, DEMO_CREDENTIALS } from './demo/credentials';
import { loginToken, postMutations, request } from '../testing/backendHttp';
import type { TestBank } from '../testing/testBank';
import { startTestBank } from '../testing/testBank';

/** `report.put` over HTTP (applied, duplicate, conflict, rejected), its ownership rules, and reports in the change feed. */

const NOW = '2025-06-15T09:00:00+08:00';
let bank: TestBank;
let tokenA: string;
let tokenB: string;
let clientsA: Client[];
let clientB: Client;

beforeAll(async () => {
  bank = await startTestBank({ seed: 5, clients: 20, now: NOW });
  tokenA = await loginToken(bank.url, DEMO_CREDENTIALS);
  tokenB = await loginToken(bank.url, DEMO2_CREDENTIALS);
  clientsA = bank.store.listClientsOfAdvisor(DEMO_ADVISOR.id).filter((c) => !c.deleted);
  const theirs = bank.store.listClientsOfAdvisor(DEMO2_ADVISOR.id).find((c) => !c.deleted);
  if (!theirs) throw new Error('fixture');
  clientB = theirs;
});
afterAll(async () => {
  await bank.close();
});

/** A distinct client of demo's per test, so tests do not depend on each other. */
let nextClient = 0;
function freshClient(): Client {
  const client = clientsA[nextClient++];
  if (!client) throw new Error('fixture: not enough clients');
  return client;
}

/** A report as the desk records it after generating the PDF. */
function newReport(clientId: string, overrides: Partial<ReportDraft> = {}): ReportDraft {
  const id = v7();
  return {
    id,
    clientId,
    kind: 'allocation',
    title: '2025年二季度资产配置报告',
    periodFrom: '2025-04-01',
    periodTo: '2025-06-13',
    createdAt: '2025-06-14T16:20:00+08:00',
    pdfSha256: createHash('sha256').update(id).digest('hex'),
    deliveredAt: null,
    deliveryChannel: null,
    deleted: false,
    ...overrides,
  };
}

function reportPut(report: ReportDraft, baseVersion: number | null, id: string = v7()) {
  return { id, type: 'report.put' as const, baseVersion, report };
}

function draftOf(report: Report): ReportDraft {
  const { advisorId: _advisorId, version: _version, updatedAt: _updatedAt, ...draft } = report;
  return draft;
}

async function send(token: string, mutation: unknown): Promise<MutationResult> {
  const res = await postMutations(bank.url, token, [mutation]);
  expect(res.status).toBe(200);
  const [result] = mutationsResponseSchema.parse(res.body).results;
  if (!result) throw new Error('no result');
  return result;
}

/** A report of demo's that the bank holds, created through the wire. */
async function createdReport(overrides: Partial<ReportDraft> = {}): Promise<Report> {
  const draft = newReport(freshClient().id, overrides);
  expect(await send(tokenA, reportPut(draft, null))).toMatchObject({ status: 'applied', version: 1 });
  const stored = bank.store.getReport(draft.id);
  if (!stored) throw new Error('fixture');
  return stored;
}

async function feed(token: string, cursor = 0, limit = 5000): Promise<Change[]> {
  const changes: Change[] = [];
  let at = String(cursor);
  for (;;) {
    const res = await request(`${bank.url}/sync/changes?cursor=${at}&limit=${limit}`, { token });
    const page = changesPageSchema.parse(res.body);
    changes.push(...page.changes);
    at = page.cursor;
    if (!page.hasMore) return changes;
  }
}

/** A result without its echoed id, to compare the answers to two different mutations. */
function answer(result: MutationResult) {
  const { id: _id, ...rest } = result;
  return rest;
}

describe('report.put', () => {
  it('creates with version 1 and the token’s advisor, then records the delivery as version 2', async () => {
    const client = freshClient();
    const head = bank.store.headSeq();
    const draft = newReport(client.id);
    const create = reportPut(draft, null);
    expect(await send(tokenA, create)).toEqual({ id: create.id, status: 'applied', version: 1 });
    expect(bank.store.getReport(draft.id)).toEqual({ ...draft, advisorId: DEMO_ADVISOR.id, version: 1, updatedAt: NOW });

    bank.clock.advance(60);
    const delivered = { ...draft, title: '2025年二季度资产配置报告(终版)', deliveredAt: '2025-06-15T09:01:00+08:00', deliveryChannel: 'chat' as const };
    const deliver = reportPut(delivered, 1);
    expect(await send(tokenA, deliver)).toEqual({ id: deliver.id, status: 'applied', version: 2 });
    const stored = bank.store.getReport(draft.id);
    expect(stored).toEqual({ ...delivered, advisorId: DEMO_ADVISOR.id, version: 2, updatedAt: '2025-06-15T09:01:00+08:00' });
    bank.clock.advance(-60);

    // The feed carries the report once, at its latest seq.
    expect(await feed(tokenA, head)).toEqual([{ seq: head + 2, entity: 'report', data: stored }]);
    expect(bank.store.listReportsOfAdvisor(DEMO_ADVISOR.id).map((r) => r.id)).toContain(draft.id);
  });

  it('tombstones with deleted: true and can clear a delivery', async () => {
    const report = await createdReport({ deliveredAt: '2025-06-14T17:00:00+08:00', deliveryChannel: 'printed' });
    const undeliver = reportPut({ ...draftOf(report), deliveredAt: null, deliveryChannel: null }, 1);
    expect(await send(tokenA, undeliver)).toMatchObject({ status: 'applied', version: 2 });
    const remove = reportPut({ ...draftOf(report), deliveredAt: null, deliveryChannel: null, deleted: true }, 2);
    expect(await send(tokenA, remove)).toMatchObject({ status: 'applied', version: 3 });
    expect(bank.store.getReport(report.id)).toMatchObject({ deleted: true, deliveredAt: null, deliveryChannel: null, version: 3 });
  });

  it('answers a repeat with duplicate and the first version, applying nothing', async () => {
    const draft = newReport(freshClient().id);
    const create = reportPut(draft, null);
    await send(tokenA, create);
    const head = bank.store.headSeq();
    expect(await send(tokenA, create)).toEqual({ id: create.id, status: 'duplicate', version: 1 });
    expect(await send(tokenA, { ...create, report: { ...draft, title: '别的标题' } })).toEqual({ id: create.id, status: 'duplicate', version: 1 });
    expect(bank.store.getReport(draft.id)?.title).toBe(draft.title);
    expect(bank.store.headSeq()).toBe(head);
  });

  it('answers a stale update, or a create of an existing id, with conflict and the current record', async () => {
    const report = await createdReport();
    const head = bank.store.headSeq();
    for (const base of [0, 2, 7, null]) {
      const mutation = reportPut({ ...draftOf(report), deliveredAt: NOW, deliveryChannel: 'download' }, base);
      expect(await send(tokenA, mutation)).toEqual({ id: mutation.id, status: 'conflict', current: { entity: 'report', data: report } });
      // A conflict is not remembered: sent again, it is judged again.
      expect((await send(tokenA, mutation)).status).toBe('conflict');
    }
    expect(bank.store.getReport(report.id)).toEqual(report);
    expect(bank.store.headSeq()).toBe(head);
  });

  it('rejects a change to what the report is with VALIDATION naming the field, whatever the version', async () => {
    const report = await createdReport();
    const other = freshClient();
    const changes: [Partial<ReportDraft>, string][] = [
      [{ clientId: other.id }, 'report.clientId'],
      [{ kind: 'annual_wealth' }, 'report.kind'],
      [{ periodFrom: '2025-01-01' }, 'report.periodFrom'],
      [{ periodTo: '2025-06-14' }, 'report.periodTo'],
      [{ createdAt: '2025-06-14T08:20:00Z' }, 'report.createdAt'],
      [{ pdfSha256: 'f'.repeat(64) }, 'report.pdfSha256'],
    ];
    for (const [change, field] of changes) {
      for (const base of [report.version, report.version + 1, null]) {
        const result = await send(tokenA, reportPut({ ...draftOf(report), title: '改', ...change }, base));
        expect(result).toMatchObject({ status: 'rejected', code: 'VALIDATION' });
        expect(result.status === 'rejected' && result.reason).toContain(`${field}: cannot change`);
      }
    }
    expect(bank.store.getReport(report.id)).toEqual(report);
  });

  it('rejects a malformed report or fields the bank sets with VALIDATION naming the field', async () => {
    const client = freshClient();
    const cases: [Record<string, unknown>, string][] = [
      [{ advisorId: DEMO2_ADVISOR.id }, 'report'],
      [{ version: 3 }, 'report'],
      [{ updatedAt: NOW }, 'report'],
      [{ pdfSha256: 'AB'.repeat(32) }, 'report.pdfSha256'],
      [{ kind: 'monthly' }, 'report.kind'],
      [{ title: '' }, 'report.title'],
      [{ deliveryChannel: 'pigeon' }, 'report.deliveryChannel'],
      [{ periodFrom: '2025-13-01' }, 'report.periodFrom'],
      [{ periodFrom: '2025-07-01', periodTo: '2025-06-30' }, 'report.periodTo'],
    ];
    for (const [change, field] of cases) {
      const draft = { ...newReport(client.id), ...change };
      const result = await send(tokenA, { id: v7(), type: 'report.put', baseVersion: null, report: draft });
      expect([field, result]).toMatchObject([field, { status: 'rejected', code: 'VALIDATION' }]);
      expect(result.status === 'rejected' && result.reason).toContain(field);
      expect(bank.store.getReport(draft.id)).toBeUndefined();
    }
    const noVersion = await send(tokenA, { ...reportPut(newReport(client.id), null), baseVersion: -1 });
    expect(noVersion).toMatchObject({ status: 'rejected', code: 'VALIDATION', reason: expect.stringContaining('baseVersion') as string });
  });

  it('rejects an unknown or deleted client, and an update of an unknown id, with NOT_FOUND', async () => {
    const unknown = reportPut(newReport('no-such-client'), null);
    expect(await send(tokenA, unknown)).toEqual({ id: unknown.id, status: 'rejected', code: 'NOT_FOUND', reason: 'report.clientId: no such client' });
    const ghost = reportPut(newReport(freshClient().id), 1);
    expect(await send(tokenA, ghost)).toEqual({ id: ghost.id, status: 'rejected', code: 'NOT_FOUND', reason: 'report.id: no such report' });
    expect(bank.store.getReport(ghost.report.id)).toBeUndefined();

    const client = freshClient();
    bank.store.putRecords({ clients: [{ ...client, deleted: true }] });
    const onDeleted = reportPut(newReport(client.id), null);
    expect(await send(tokenA, onDeleted)).toMatchObject({ status: 'rejected', code: 'NOT_FOUND', reason: 'report.clientId: no such client' });
    expect(bank.store.appliedMutationIds(DEMO_ADVISOR.id)).not.toContain(onDeleted.id);
  });
});

describe('reports of another advisor (demo2 against demo’s)', () => {
  it('cannot create a report on demo’s client: NOT_FOUND exactly as for an unknown client', async () => {
    const unknown = await send(tokenB, reportPut(newReport('no-such-client'), null));
    const draft = newReport(freshClient().id);
    const result = await send(tokenB, reportPut(draft, null));
    expect(result.status).toBe('rejected');
    expect(answer(result)).toEqual(answer(unknown));
    expect(bank.store.getReport(draft.id)).toBeUndefined();
  });

  it('cannot update demo’s report, whichever client or version it names, and never sees it', async () => {
    const report = await createdReport({ title: 'A-SECRET 年度财富报告' });
    const head = bank.store.headSeq();
    const unknownId = await send(tokenB, reportPut(newReport(clientB.id), 1));
    const seen: string[] = [];
    for (const clientId of [report.clientId, clientB.id]) {
      for (const base of [report.version, report.version + 1, null]) {
        const res = await postMutations(bank.url, tokenB, [reportPut({ ...draftOf(report), clientId, deliveredAt: NOW, deliveryChannel: 'chat' }, base)]);
        seen.push(JSON.stringify(res.body));
        const [result] = mutationsResponseSchema.parse(res.body).results;
        expect(result?.status).toBe('rejected');
        expect(result?.status === 'rejected' && result.code).toBe('NOT_FOUND');
        if (clientId === clientB.id && result) expect(answer(result)).toEqual(answer(unknownId));
      }
    }
    for (const body of seen) expect(body).not.toContain('A-SECRET');
    expect(bank.store.getReport(report.id)).toEqual(report);
    expect(bank.store.headSeq()).toBe(head);
  });
});

describe('the change feed', () => {
  it('carries every model portfolio and NAV series, and only the advisor’s own reports', async () => {
    const reportA = await createdReport();
    const draftB = newReport(clientB.id, { title: '周振宇的客户报告' });
    expect(await send(tokenB, reportPut(draftB, null))).toMatchObject({ status: 'applied' });

    for (const [token, advisorId, theirs] of [
      [tokenA, DEMO_ADVISOR.id, draftB.id],
      [tokenB, DEMO2_ADVISOR.id, reportA.id],
    ] as const) {
      const changes = await feed(token, 0, 97);
      const ids = (entity: Change['entity']) => changes.filter((c) => c.entity === entity).map((c) => c.data.id).sort();
      expect(ids('model_portfolio')).toEqual(bank.book.modelPortfolios.map((m) => m.id).sort());
      expect(ids('nav_series')).toEqual(bank.book.navSeries.map((n) => n.id).sort());
      const own = bank.store.listReportsOfAdvisor(advisorId);
      expect(own.length).toBeGreaterThan(0);
      expect(ids('report')).toEqual(own.map((r) => r.id));
      expect(ids('report')).not.toContain(theirs);
      for (const c of changes) if (c.entity === 'report') expect(c.data.advisorId).toBe(advisorId);
    }
  });
});
