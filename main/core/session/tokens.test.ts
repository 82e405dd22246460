import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskHarness } from '../../../testing/deskHarness';
import { startDeskHarness } from '../../../testing/deskHarness';

let harness: DeskHarness;
beforeAll(async () => {
  // Access tokens that expire within the desk's refresh margin: every sync must refresh first.
  harness = await startDeskHarness({ clients: 5, prefix: 'tokens', accessTokenTtlSec: 20 });
});
afterAll(() => harness.close());

describe('bank tokens and the audit trail', () => {
  it('refreshes an access token about to expire, rotating the refresh token, and keeps syncing', async () => {
    const desk = harness.makeCore();
    await desk.call('session.login', { username: 'demo', password: 'demo1234' });
    await desk.call('sync.now');
    await desk.call('sync.now');
    const refreshes = harness.proxy.forwardedBodies('/auth/refresh').map((b) => (JSON.parse(b) as { refreshToken: string }).refreshToken);
    expect(refreshes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(refreshes).size).toBe(refreshes.length); // each refresh used the newest token
    expect((await desk.call('sync.status')).state).toBe('idle');
    await desk.core.close();
  });

  it('sends its audit entries to the bank: actions and ids, never client data', async () => {
    const desk = harness.makeCore({ dataDir: harness.temp.file('audit') });
    const { advisor } = await desk.call('session.login', { username: 'demo', password: 'demo1234' });
    await desk.call('session.lock');
    await desk.attempt('session.unlock', { password: 'wrong' });
    await desk.call('session.unlock', { password: 'demo1234' });
    await desk.syncUntilSettled();
    const actions = harness.backend.store.auditEntries(advisor.id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['sign_in', 'auto_lock', 'unlock_failed', 'unlock']));
    await desk.core.close();
  });
});
