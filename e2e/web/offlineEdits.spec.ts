import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bankView } from '../support/bankView';
import { freePort } from '../support/freePort';
import { perTestProcesses, submitLogin } from '../support/perTest';
import { artifactsDir, startBackend, startWebHost } from '../support/processes';

const run = perTestProcesses('e2e-offline');

test('edits made while the bank is down are saved, shown pending, and reach the bank when it is back', async ({ page }) => {
  const port = await freePort();
  let backend = await startBackend({ dataDir: run.dir, clients: 30, port });
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);

  await page.goto(host.url);
  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('30');
  await expect(page.getByTestId('status-online')).toHaveAttribute('data-online', 'true');

  await backend.stop();

  // Open the first client's 360 page, and edit a note in its edit drawer.
  await page.getByTestId('roster-table').locator('.ant-table-row').first().click();
  const view = page.getByTestId('client-360');
  await expect(view).toHaveAttribute('data-loaded', 'true');
  const clientId = (await view.getAttribute('data-client-id'))!;
  await page.getByTestId('client-edit-open').click();
  const drawer = page.getByTestId('client-drawer');
  await expect(drawer).toBeVisible();
  const note = `离线记录的备注 ${Date.now()}`;
  await page.getByTestId('client-edit-notes').fill(note);
  await page.getByTestId('client-edit-save').click();
  await expect(page.getByTestId('client-pending')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(page.getByTestId('client360-pending')).toBeVisible();

  // Log an interaction from the 360 page.
  await page.getByTestId('interaction-log-open').click();
  const form = page.getByTestId('interaction-form');
  await expect(form).toBeVisible();
  const summary = `离线面谈纪要 ${Date.now()}`;
  await page.getByTestId('interaction-theme').click();
  await page.keyboard.type('资产配置检视');
  await page.keyboard.press('Enter');
  await page.getByTestId('interaction-summary').fill(summary);
  await page.getByTestId('interaction-submit').click();
  await expect(page.getByTestId('interaction-pending').first()).toBeVisible();
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, 'offline-360-pending.png'), fullPage: true });

  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('status-online')).toHaveAttribute('data-online', 'false');
  await expect(page.getByTestId('status-pending')).toHaveAttribute('data-count', '2');
  await page.screenshot({ path: path.join(artifactsDir, 'offline-pending.png') });

  // The bank comes back at the same address.
  backend = await startBackend({ dataDir: run.dir, clients: 30, port });
  run.keep(backend);
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('status-pending')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('status-online')).toHaveAttribute('data-online', 'true');
  await expect(page.getByTestId('interaction-list')).toContainText(summary);
  await expect(page.getByTestId('client360-pending')).toHaveCount(0);
  await expect(page.getByTestId('interaction-pending')).toHaveCount(0);

  const bank = await bankView(backend.url);
  expect(bank.clients.get(clientId)?.notes).toBe(note);
  expect([...bank.interactions.values()].filter((i) => i.summary === summary)).toHaveLength(1);
});
