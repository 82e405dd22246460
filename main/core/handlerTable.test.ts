import { describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../shared/api';
import { AppError } from '../../shared/api';
import { bookFixture } from '../../testing/bookFixture';
import { recordAudit } from './audit/audit';
import { CadenceService } from './cadence/cadenceService';
import { ChangeNotifier } from './changes/changeNotifier';
import { chatHandlers } from './chat/chatHandlers';
import { clientsHandlers } from './clients/clientsHandlers';
import { createClientsService } from './clients/clientsService';
import { DisposableStore } from './lifecycle/disposables';
import { reportsHandlers } from './reports/reportsHandlers';
import type { CoreContext, SessionAccess } from './api/handlerKit';
import type { SessionServices } from './session/sessionServices';
import { bindHandler } from './api/bindHandler';
import { combineHandlers } from './api/combineHandlers';
import type { FeatureTables } from './api/combineHandlers';
import { createHandlers, FEATURE_TABLES } from './handlerTable';

const now = () => new Date('2026-11-28T04:00:00Z');
const { db, demo } = bookFixture({ clients: 20, asOf: '2026-11-28' });
const appInfo: AppInfo = { version: 't', demoMode: false, demoCredentials: null, backendUrl: 'http://127.0.0.1:1', autoLockMinutes: 10 };

/** A session over a real book, with the parts the write wrapper touches watched. */
function session() {
  const changes = new ChangeNotifier();
  const notified: string[][] = [];
  changes.subscribe((tables) => notified.push([...tables]));
  const nudge = vi.fn();
  const syncedAfter: true[] = [];
  const cadence = new CadenceService(db, now, changes, new DisposableStore());
  const services = {
    advisorId: 'A1',
    now,
    writes: {
      transaction: <T>(work: () => T) => db.transaction(work)(),
      transactionSyncedAfter: <T>(work: () => T) => (syncedAfter.push(true), db.transaction(work)()),
      audit: (record: Parameters<SessionServices['writes']['audit']>[0]) => recordAudit(db, { actor: 'A1', ...record, at: now().toISOString() }),
    },
    changes,
    sync: { nudge },
    clients: createClientsService({ db, now, cadence }),
    reports: { line: () => ({}) },
  } as unknown as SessionServices;
  let locked = false;
  const sessions = {
    require: () => {
      if (locked) throw new AppError('session.locked');
      return services;
    },
    requireSignedIn: () => services,
  } as unknown as SessionAccess<SessionServices>;
  const core: CoreContext<SessionServices> = { sessions, appInfo, now };
  return { core, notified, nudge, syncedAfter, lock: () => (locked = true) };
}

const audits = (action: string) => db.prepare(`SELECT entity_id AS entityId, details FROM audit_log WHERE action = ?`).all(action) as { entityId: string; details: string | null }[];

describe('the write wrapper', () => {
  it('reveals an identifier only with an audit entry, which names the field, never the value, and tells sync', async () => {
    const { core, notified, nudge } = session();
    const reveal = bindHandler('clients.reveal', clientsHandlers.handlers['clients.reveal'], core, {});
    const client = demo.clients.find((c) => c.phone && c.idNumber && !c.deleted)!;
    const before = audits('identifier_revealed').length;
    expect(await reveal({ id: client.id, field: 'phone' })).toEqual({ value: client.phone });
    expect(await reveal({ id: client.id, field: 'idNumber' })).toEqual({ value: client.idNumber });
    const entries = audits('identifier_revealed').slice(before);
    expect(entries.map((e) => [e.entityId, JSON.parse(e.details!)])).toEqual([
      [client.id, { field: 'phone' }],
      [client.id, { field: 'idNumber' }],
    ]);
    const stored = JSON.stringify(db.prepare(`SELECT * FROM audit_log`).all()) + JSON.stringify(db.prepare(`SELECT payload FROM outbox`).all());
    expect(stored).not.toContain(client.phone!);
    expect(stored).not.toContain(client.idNumber!);
    expect(notified).toEqual([['outbox'], ['outbox']]);
    expect(nudge).toHaveBeenCalledTimes(2);
  });

  it('leaves no audit entry, change notice or nudge when the write fails', async () => {
    const { core, notified, nudge } = session();
    const reveal = bindHandler('clients.reveal', clientsHandlers.handlers['clients.reveal'], core, {});
    const before = audits('identifier_revealed').length;
    await expect(reveal({ id: 'NO-SUCH-CLIENT', field: 'phone' })).rejects.toMatchObject({ reason: 'client.not_found' });
    expect(audits('identifier_revealed')).toHaveLength(before);
    expect(notified).toEqual([]);
    expect(nudge).not.toHaveBeenCalled();
  });

  it('audits a print with the report it names, and refuses while the desk is locked', async () => {
    const { core, lock } = session();
    const record = bindHandler('reports.recordAction', reportsHandlers.handlers['reports.recordAction'], core, {});
    await record({ id: 'R-1', action: 'printed' });
    expect(audits('report_printed').at(-1)?.entityId).toBe('R-1');
    lock();
    await expect(record({ id: 'R-1', action: 'exported' })).rejects.toMatchObject({ reason: 'session.locked' });
    expect(audits('report_exported')).toHaveLength(0);
  });
});

describe('the handler table', () => {
  const { core } = session();
  const tables = () => {
    const handlers = createHandlers(core);
    expect(Object.keys(handlers).length).toBeGreaterThan(50);
    return handlers;
  };

  it('commits a chat message without waiting for the disk (the sync follows), every other write at the book\'s level', async () => {
    const { core, syncedAfter } = session();
    const chat = { sendText: (clientId: string, body: string) => db.prepare('SELECT ? AS clientId, ? AS body').get(clientId, body) };
    const send = bindHandler('chat.sendText', chatHandlers.handlers['chat.sendText'], { ...core, sessions: { ...core.sessions, require: () => ({ ...core.sessions.require(), chat }) } } as unknown as CoreContext<SessionServices>, {});
    await send({ clientId: 'c', body: 'hello' });
    expect(syncedAfter).toHaveLength(1);
    const client = demo.clients.find((c) => c.phone && !c.deleted)!;
    await bindHandler('clients.reveal', clientsHandlers.handlers['clients.reveal'], core, {})({ id: client.id, field: 'phone' });
    expect(syncedAfter).toHaveLength(1);
  });

  it('covers the whole contract, one handler per method', () => {
    expect(() => tables()).not.toThrow();
  });

  it('refuses a feature table with a method missing, one not in the contract, or another feature’s', () => {
    const whole = (patch: Partial<Record<keyof FeatureTables<SessionServices>, unknown>>) => ({ ...FEATURE_TABLES, ...patch }) as unknown as FeatureTables<SessionServices>;
    const { handlers: clientHandlers } = clientsHandlers;
    expect(() => combineHandlers(whole({ clients: { feature: 'clients', handlers: { ...clientHandlers, 'clients.extra': () => null } } }), core)).toThrow(/not in the contract: clients.extra/);
    const { 'clients.tags': _tags, ...withoutTags } = clientHandlers;
    expect(() => combineHandlers(whole({ clients: { feature: 'clients', handlers: withoutTags } }), core)).toThrow(/missing: clients.tags/);
    expect(() => combineHandlers(whole({ clients: { feature: 'chat', handlers: clientHandlers } }), core)).toThrow(/is chat's/);
    expect(() => combineHandlers(whole({ chat: undefined }), core)).toThrow(/No handler table for chat/);
  });
});
