import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { perTestProcesses, submitLogin } from '../support/perTest';
import { artifactsDir, startBackend, startWebHost } from '../support/processes';

const run = perTestProcesses('e2e-reports');

/** Rendering a report (fonts, charts) takes a few seconds on a busy machine. */
const RENDER_TIMEOUT = 60_000;
const REPORT_NOTES_MAX = 20_000;

/** The first client in the roster whose annual report (the "1" of 12-4-2-1) is still to be delivered this year. */
async function openClientWithAnnualReportDue(page: Page, origin: string): Promise<string> {
  const ids = await page.locator('[data-testid="roster-table"] .ant-table-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-key') ?? ''));
  for (const id of ids.slice(0, 10)) {
    await page.goto(`${origin}/#/clients/${id}`);
    const annual = page.getByTestId('cadence-progress-annualReport');
    await expect(annual).toBeVisible();
    if ((await annual.getAttribute('data-target')) === '1' && (await annual.getAttribute('data-done')) === '0') return id;
  }
  throw new Error('No client among the first ten has an annual report due');
}

/** Page 1 is on its canvas, and something other than white was drawn on it. */
async function expectFirstPageDrawn(preview: Locator) {
  const canvas = preview.locator('[data-testid="pdf-page-canvas"][data-page="1"]');
  await expect(canvas).toHaveAttribute('data-rendered', 'true', { timeout: RENDER_TIMEOUT });
  await expect(preview.getByTestId('pdf-page-caption').first()).toContainText('第 1 页');
  await expect(preview.getByTestId('pdf-page-count')).toContainText(/共 \d+ 页/);
  const inked = await canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let dark = 0;
    for (let index = 0; index < data.length; index += 4) if (data[index]! < 128) dark += 1;
    return dark;
  });
  expect(inked).toBeGreaterThan(1000);
}

test('an RM generates and previews a client’s allocation report, saves the PDF, then delivers the annual report and sees the "1" of 12-4-2-1 done', async ({ page }) => {
  test.setTimeout(240_000);
  const backend = await startBackend({ dataDir: run.dir, clients: 200 });
  run.keep(backend);
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);
  const origin = new URL(host.url).origin;
  await page.goto(host.url);
  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('200');

  const clientId = await openClientWithAnnualReportDue(page, origin);
  const reportsBefore = Number(await page.getByTestId('reports-list').getAttribute('data-count'));
  await page.getByTestId('report-create').click();
  await expect(page.getByTestId('report-page')).toHaveAttribute('data-client-id', clientId);

  // Too long notes are refused by the host with LIMIT, shown with their code; nothing is cut.
  const notes = page.getByTestId('report-notes');
  await notes.fill('字'.repeat(REPORT_NOTES_MAX + 1));
  await page.getByTestId('report-generate').click();
  await expect(page.getByTestId('report-generate-error')).toHaveAttribute('data-code', 'LIMIT', { timeout: RENDER_TIMEOUT });
  await expect(page.getByTestId('report-generate-error')).toContainText('LIMIT');

  // The allocation report, previewed live.
  await notes.fill('感谢您一直以来的信任。今年权益市场波动较大，建议保持现有配置，适度增加固定收益类资产。');
  await page.getByTestId('report-generate').click();
  const preview = page.getByTestId('report-preview');
  await expect(preview).not.toHaveAttribute('data-report-id', '', { timeout: RENDER_TIMEOUT });
  await expect(page.getByTestId('report-generate-error')).toHaveCount(0);
  await expectFirstPageDrawn(preview);
  const allocationId = (await preview.getAttribute('data-report-id'))!;
  await expect(page.locator(`[data-testid="report-history"] [data-testid="report-item"][data-id="${allocationId}"]`)).toHaveAttribute('data-kind', 'allocation');
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, 'report-preview.png') });

  // 保存 PDF: a real download of the stored PDF.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-save').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const saved = fs.readFileSync((await download.path())!);
  expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // 打印: every page drawn as an image on a print sheet, then the print dialog. The dialog itself
  // is the browser's, so it is replaced by a probe that counts what would be printed.
  await page.evaluate(() => {
    const probe = window as unknown as { printedPages?: number };
    window.print = () => {
      probe.printedPages = document.querySelectorAll('body.printing-pages > .print-sheet img').length;
    };
  });
  await page.getByTestId('report-print').click();
  const pageCount = Number((await preview.getByTestId('pdf-page-count').textContent())!.match(/\d+/)![0]);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printedPages?: number }).printedPages), { timeout: RENDER_TIMEOUT }).toBe(pageCount);

  // The annual report with the plan and the needs survey (saved on the desk first).
  await page.getByTestId('report-kind').getByText('年度财富管理报告').click();
  await page.getByTestId('report-next-year-plan').fill('明年继续执行稳健配置，每季度检视一次。');
  await page.getByTestId('survey-goals').fill('子女海外教育金储备');
  await page.getByTestId('survey-risk-appetite').getByText('不变').click();
  await page.getByTestId('survey-save').click();
  await expect(page.getByText('调研已保存')).toBeVisible();
  await page.getByTestId('report-generate').click();
  await expect(preview).not.toHaveAttribute('data-report-id', allocationId, { timeout: RENDER_TIMEOUT });
  const annualId = (await preview.getAttribute('data-report-id'))!;
  await expectFirstPageDrawn(preview);
  await expect(page.locator(`[data-testid="report-history"] [data-testid="report-item"][data-id="${annualId}"]`)).toHaveAttribute('data-kind', 'annual_wealth');

  // 标记已交付 (printed and handed over).
  await page.getByTestId('report-deliver-channel').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^打印面交$/ }).click();
  await page.getByTestId('report-deliver').click();
  await expect(preview.getByTestId('report-delivered')).toHaveAttribute('data-channel', 'printed');
  await expect(page.getByTestId('report-deliver')).toHaveCount(0);

  // Back on the client's page: both reports listed, and the annual report's "1" is done.
  await page.getByTestId('report-page-back').click();
  await expect(page.getByTestId('client-360')).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByTestId('reports-list')).toHaveAttribute('data-count', String(reportsBefore + 2));
  await expect(page.locator(`[data-testid="reports-list"] [data-testid="report-item"][data-id="${annualId}"]`)).toHaveAttribute('data-delivered', 'true');
  const annual = page.getByTestId('cadence-progress-annualReport');
  await expect(annual).toHaveAttribute('data-done', '1');
  await expect(annual).toHaveAttribute('data-standing', 'met');
});

test('an RM ticks clients in the roster and makes their reports in one batch, with progress, and downloads the zip', async ({ page }) => {
  test.setTimeout(240_000);
  const backend = await startBackend({ dataDir: run.dir, clients: 40 });
  run.keep(backend);
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);
  await page.goto(host.url);
  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('40');

  const rows = page.locator('[data-testid="roster-table"] .ant-table-row');
  for (const index of [0, 1, 2]) await rows.nth(index).locator('.ant-checkbox-input').check();
  await expect(page.getByTestId('roster-selection')).toHaveAttribute('data-count', '3');
  await page.getByTestId('roster-selection-batch').click();
  await expect(page.getByTestId('batch-clients-selection')).toHaveAttribute('data-count', '3');
  await page.getByTestId('batch-print-queue').check();
  await page.getByTestId('batch-start').click();

  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-state', 'done', { timeout: RENDER_TIMEOUT * 2 });
  await expect(progress).toHaveAttribute('data-done', '3');
  await expect(progress).toHaveAttribute('data-failed', '0');
  await expect(page.getByTestId('batch-folder')).toContainText('batch-');
  await expect(page.getByTestId('batch-print-queue-file')).toContainText('print-queue.pdf');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-zip').click()]);
  expect(download.suggestedFilename()).toMatch(/^batch-.*\.zip$/);
  const zip = fs.readFileSync((await download.path())!);
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  await page.screenshot({ path: path.join(artifactsDir, 'report-batch.png') });
});
