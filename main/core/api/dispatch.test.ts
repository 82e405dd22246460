import { describe, expect, it } from 'vitest';
import { AppError, METHOD_NAMES } from '../../../shared/api';
import type { Handlers } from './dispatch';
import { createDispatch } from './dispatch';

const advisor = { id: 'A1', username: 'demo', name: '王敏', nameEn: 'Wang Min', employeeNo: 'E1', branch: '北京分行', title: '财富顾问', phone: null, email: null };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  const table = Object.fromEntries(METHOD_NAMES.map((m) => [m, unused])) as unknown as Handlers;
  return {
    ...table,
    'app.info': () => ({ version: '1', demoMode: false, demoCredentials: null, backendUrl: 'http://127.0.0.1:1', autoLockMinutes: 10 }),
    'session.current': () => null,
    'session.login': () => ({ advisor, mode: 'online' as const, locked: false, cacheRebuilt: null }),
    'clients.page': (input) => ({ total: input.offset, rows: [] }),
    ...overrides,
  };
}

describe('dispatch', () => {
  it('answers a valid call with ok and the validated value, applying input defaults', async () => {
    const dispatch = createDispatch(handlers());
    expect(await dispatch('app.info', undefined)).toMatchObject({ ok: true, value: { version: '1' } });
    let seen: unknown;
    const withSpy = createDispatch(handlers({ 'clients.page': (input) => ((seen = input), { total: 0, rows: [] }) }));
    await withSpy('clients.page', { offset: 0, limit: 10 });
    expect(seen).toEqual({ offset: 0, limit: 10, sort: { field: 'aum', order: 'desc' }, filter: {} });
  });

  it('refuses an unknown or non-string method with VALIDATION', async () => {
    const dispatch = createDispatch(handlers());
    for (const method of ['clients.drop', 42, null, '__proto__', 'constructor']) {
      const result = await dispatch(method, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'method' }] } });
    }
  });

  it('names the field at fault in a VALIDATION error', async () => {
    const dispatch = createDispatch(handlers());
    const result = await dispatch('clients.page', { offset: -1, limit: 10, sort: { field: 'salary', order: 'asc' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.details?.map((d) => d.path)).toEqual(['input.offset', 'input.sort.field']);
    expect(result.error.reason).toBe('request.invalid');
    expect(result.error.details?.map((d) => d.reason)).toEqual(['too_small', 'not_allowed']);
    expect((await dispatch('session.login', { username: 'demo' })).ok).toBe(false);
    expect(await dispatch('app.info', { extra: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('passes an AppError through with its code', async () => {
    const dispatch = createDispatch(handlers({ 'session.current': () => { throw new AppError('session.locked_out', { until: '2026-12-02T08:00:00.000Z' }); } }));
    expect(await dispatch('session.current', {})).toMatchObject({ ok: false, error: { code: 'LOCKED', reason: 'session.locked_out', params: { until: '2026-12-02T08:00:00.000Z' } } });
  });

  it('turns anything else thrown into INTERNAL without leaking its message', async () => {
    const dispatch = createDispatch(handlers({ 'session.current': () => { throw new Error('SELECT * FROM clients WHERE name = 张三丰'); } }));
    const result = await dispatch('session.current', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('张三丰');
  });

  it('refuses a handler answer that breaks the contract', async () => {
    const bad = handlers({ 'clients.page': () => ({ total: -5, rows: [] }) });
    expect(await createDispatch(bad)('clients.page', { offset: 0, limit: 1 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
