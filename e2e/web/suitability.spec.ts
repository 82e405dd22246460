import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { assessmentStatus } from '../../shared/rules/assessment';
import { BANK_TIME_ZONE, zonedParts } from '../../shared/time/zoned';
import { bankView } from '../support/bankView';
import { perTestProcesses, submitLogin } from '../support/perTest';
import { artifactsDir, startBackend, startWebHost } from '../support/processes';

const run = perTestProcesses('e2e-suitability');
const RENDER_TIMEOUT = 60_000;

test('a client whose risk assessment has expired: the 360 and the report flag every product, saying why', async ({ page }) => {
  test.setTimeout(240_000);
  const backend = await startBackend({ dataDir: run.dir, clients: 200 });
  run.keep(backend);
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);
  const origin = new URL(host.url).origin;
  const bank = await bankView(backend.url);

  // One of demo's clients, holding products, whose assessment expired before today (the bank's day).
  const today = zonedParts(new Date(), BANK_TIME_ZONE);
  const advisorId = [...bank.clients.values()][0]!.advisorId;
  const holdingsOf = (id: string) => [...bank.holdings.values()].filter((h) => h.clientId === id && !h.deleted);
  const target = [...bank.clients.values()].find(
    (c) => !c.deleted && c.advisorId === advisorId && c.riskLevel !== null && c.riskAssessedAt !== null && assessmentStatus(c.riskAssessedAt, today).state === 'expired' && holdingsOf(c.id).length >= 2,
  );
  expect(target, 'the demo book has a client with an expired assessment').toBeDefined();
  const holdings = holdingsOf(target!.id);

  await page.goto(host.url);
  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('200');

  // The 360: every holding unsuitable, because the assessment expired (whatever its risk).
  await page.goto(`${origin}/#/clients/${target!.id}`);
  await expect(page.getByTestId('client-360')).toHaveAttribute('data-client-id', target!.id);
  const verdicts = page.getByTestId('holding-suitability');
  await expect(verdicts).toHaveCount(holdings.length);
  for (const verdict of await verdicts.all()) {
    await expect(verdict).toHaveAttribute('data-reason', 'assessment_expired');
    await expect(verdict).toContainText('风险评估已过期');
  }

  // The report, previewed and saved: each holding and suggestion says why, none says 符合.
  await page.goto(`${origin}/#/reports/${target!.id}`);
  await page.getByTestId('report-notes').fill('建议尽快重新进行风险评估，再讨论配置调整。');
  await page.getByTestId('report-generate').click();
  const preview = page.getByTestId('report-preview');
  await expect(preview).not.toHaveAttribute('data-report-id', '', { timeout: RENDER_TIMEOUT });
  await expect(preview.locator('[data-testid="pdf-page-canvas"][data-page="1"]')).toHaveAttribute('data-rendered', 'true', { timeout: RENDER_TIMEOUT });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-save').click()]);
  const text = execFileSync('pdftotext', ['-layout', (await download.path())!, '-'], { encoding: 'utf8' });
  fs.mkdirSync(artifactsDir, { recursive: true });
  fs.writeFileSync(path.join(artifactsDir, 'expired-assessment-report.txt'), text);
  const flagged = text.split('风险评估已过期').length - 1;
  // The banner, every holding row and every suggestion.
  expect(flagged).toBeGreaterThanOrEqual(holdings.length + 1);
  expect(text).not.toContain('符合');
});
