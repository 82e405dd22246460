import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { perTestProcesses, submitLogin } from '../support/perTest';
import { artifactsDir, startBackend, startWebHost } from '../support/processes';

const run = perTestProcesses('e2e-cadence');

test('logging a face-to-face allocation review for a client whose month was due updates the worklist and the dashboard without a reload', async ({ page }) => {
  const backend = await startBackend({ dataDir: run.dir, clients: 200 });
  run.keep(backend);
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);
  await page.goto(host.url);
  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('200');

  await page.getByTestId('nav-cadence').click();
  const book = page.getByTestId('cadence-book');
  await expect(book).toHaveAttribute('data-loaded', 'true');
  const month = Number((await book.getAttribute('data-as-of'))!.slice(5, 7)) - 1;
  const coverage = async () => (JSON.parse((await page.getByTestId('cadence-coverage').getAttribute('data-coverage'))!) as { done: number }[])[month]!.done;
  const doneBefore = await coverage();

  // A client whose month is due, from the worklist.
  const due = page.getByTestId('worklist-item').filter({ has: page.locator('[data-testid="worklist-reason"][data-reason="month_due"]') }).first();
  await expect(due).toBeVisible();
  const clientId = (await due.getAttribute('data-client-id'))!;
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, 'cadence-dashboard.png'), fullPage: true });

  // One click opens the form for that client; make it a face-to-face allocation review.
  await due.getByTestId('worklist-log').click();
  const form = page.getByTestId('interaction-form');
  await expect(form).toBeVisible();
  await page.getByTestId('interaction-channel').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^面谈$/ }).click();
  const theme = page.getByTestId('interaction-theme');
  if (!(await theme.textContent())?.includes('资产配置检视')) {
    await theme.click();
    await page.keyboard.type('资产配置检视');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
  }
  await expect(page.getByTestId('interaction-allocation-review')).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('interaction-summary').fill('年度资产配置面谈检视');
  await page.getByTestId('interaction-submit').click();
  await expect(form).toHaveCount(0);

  // Same page, no reload: the client's month is no longer due, and the figures moved.
  const row = page.locator(`[data-testid="worklist-item"][data-client-id="${clientId}"]`);
  await expect(row.locator('[data-testid="worklist-reason"][data-reason="month_due"]')).toHaveCount(0);
  await expect.poll(coverage).toBe(doneBefore + 1);
  await page.screenshot({ path: path.join(artifactsDir, 'cadence-after-review.png'), fullPage: true });

  // The client's 360 page shows the month done.
  await page.goto(`${new URL(host.url).origin}/#/clients/${clientId}`);
  await expect(page.locator(`[data-testid="cadence-month"][data-month="${month + 1}"]`)).toHaveAttribute('data-state', 'done');
});
