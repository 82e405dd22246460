import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { perTestProcesses, submitLogin } from '../support/perTest';
import { artifactsDir, startBackend, startWebHost } from '../support/processes';

const run = perTestProcesses('e2e');


test('an RM signs in against the bank backend and sees their book in Chinese', async ({ page }) => {
  const backend = await startBackend({ dataDir: run.dir, clients: 200 });
  run.keep(backend);
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);

  await page.goto(host.url);
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('demo-credentials')).toHaveCount(0); // a configured bank: no demo hints

  await submitLogin(page, 'demo', 'wrong-password');
  await expect(page.getByTestId('login-error')).toBeVisible();

  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('200');
  const table = page.getByTestId('roster-table');
  await expect(table.locator('.ant-table-row').first()).toBeVisible();
  await expect(table).toContainText(/[\u4e00-\u9fff]{2,4}/);
  await expect(page.getByTestId('sync-status')).toBeVisible();
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, 'roster.png'), fullPage: true });
});

test('npm start without a configured bank runs the demo backend and offers the demo login', async ({ page }) => {
  const host = await startWebHost({ dataDir: run.dir });
  run.keep(host);
  await page.goto(host.url);
  await expect(page.getByTestId('demo-credentials')).toContainText('demo1234');
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, 'login-demo.png') });
  await submitLogin(page);
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await expect(page.getByTestId('roster-total')).toContainText('200');
  await page.getByTestId('lang-switch').getByText('English').click();
  await expect(page.getByTestId('roster-total')).toContainText('200');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: path.join(artifactsDir, 'roster-demo-en.png') });
});

test('with the bank down the app still starts and shows the cached roster, offline', async ({ page }) => {
  const backend = await startBackend({ dataDir: run.dir, clients: 50 });
  run.keep(backend);
  const deskDir = path.join(run.dir, 'desk');
  const first = await startWebHost({ dataDir: deskDir, backendUrl: backend.url });
  await page.goto(first.url);
  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('50');
  await first.stop();
  await backend.stop();

  const second = await startWebHost({ dataDir: deskDir, backendUrl: backend.url });
  run.keep(second);
  await page.goto(second.url);
  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('50');
  await expect(page.getByTestId('sync-error')).toBeVisible();
});

test('the web host refuses requests without its token', async ({ request }) => {
  const host = await startWebHost({ dataDir: run.dir });
  run.keep(host);
  const origin = new URL(host.url).origin;
  expect((await request.get(`${origin}/`)).status()).toBe(401);
  const api = await request.post(`${origin}/api/invoke`, { data: { method: 'app.info', input: {} } });
  expect(api.status()).toBe(401);
  expect(await api.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
});
