import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { namePinyin } from '../../main/core/names/namePinyin';
import { bankView } from '../support/bankView';
import { readDeskBook } from '../support/deskBook';
import { perTestProcesses, submitLogin } from '../support/perTest';
import { artifactsDir, startBackend, startWebHost } from '../support/processes';

const run = perTestProcesses('e2e-360');

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await submitLogin(page);
}

test('search by initials opens the right client, whose 360 page matches the bank, and revealing a number is audited', async ({ page }) => {
  const backend = await startBackend({ dataDir: run.dir, clients: 200 });
  run.keep(backend);
  const deskDir = path.join(run.dir, 'desk');
  const host = await startWebHost({ dataDir: deskDir, backendUrl: backend.url });
  run.keep(host);
  const bank = await bankView(backend.url);

  // A client of demo's whose initials no other client of the book shares, holding several products.
  const own = [...bank.clients.values()].filter((c) => !c.deleted && c.advisorId === [...bank.clients.values()][0]!.advisorId);
  const initials = (name: string) => namePinyin(name).initials;
  const holdingsOf = (id: string) => [...bank.holdings.values()].filter((h) => h.clientId === id && !h.deleted);
  const target = own.find((c) => own.filter((o) => initials(o.name) === initials(c.name)).length === 1 && holdingsOf(c.id).length >= 4)!;

  await signIn(page, host.url);
  await expect(page.getByTestId('roster-total')).toContainText('200');
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, 'roster.png') });

  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('client-search')).toBeFocused();
  await page.keyboard.type(initials(target.name));
  const hits = page.getByTestId('client-search-hit');
  await expect(hits.first()).toHaveAttribute('data-client-id', target.id);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  const view = page.getByTestId('client-360');
  await expect(view).toHaveAttribute('data-client-id', target.id);
  await expect(view).toContainText(target.name);

  // Holdings: one row per holding at the bank, and the donut's weights from the bank's values.
  const holdings = holdingsOf(target.id);
  await expect(page.getByTestId('holding-row')).toHaveCount(holdings.length);
  const total = holdings.reduce((s, h) => s + h.marketValueFen, 0);
  const byClass = new Map<string, number>();
  for (const h of holdings) {
    const assetClass = bank.products.get(h.productId)!.assetClass;
    byClass.set(assetClass, (byClass.get(assetClass) ?? 0) + h.marketValueFen);
  }
  const slices = JSON.parse((await page.getByTestId('holdings-donut').getAttribute('data-slices'))!) as { assetClass: string; weight: number }[];
  expect(slices.map((s) => s.assetClass).sort()).toEqual([...byClass.keys()].sort());
  for (const slice of slices) expect(slice.weight).toBeCloseTo(byClass.get(slice.assetClass)! / total, 3);
  await page.screenshot({ path: path.join(artifactsDir, 'client-360.png'), fullPage: true });

  // Identifiers are masked until revealed on purpose, and revealing is audited.
  const phone = page.getByTestId('client-phone');
  await expect(phone).not.toContainText(target.phone!);
  await expect(phone).toContainText(target.phone!.slice(-4));
  await page.getByTestId('reveal-phone').click();
  await page.getByTestId('reveal-phone-confirm').click();
  await expect(phone).toContainText(target.phone!);
  await expect
    .poll(() => readDeskBook(deskDir, (db) => db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'identifier_revealed' AND entity_id = ?`).pluck().get(target.id)))
    .toBe(1);
  expect(readDeskBook(deskDir, (db) => JSON.stringify(db.prepare('SELECT * FROM audit_log').all()))).not.toContain(target.phone!);
});

test('a 10,000-client book: the roster loads and scrolls to its end, and search answers', async ({ page }) => {
  test.setTimeout(240_000);
  const backend = await startBackend({ dataDir: run.dir, clients: 10_000 });
  run.keep(backend);
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);
  await signIn(page, host.url);
  await expect(page.getByTestId('roster-total')).toContainText('10000', { timeout: 120_000 });
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'idle', { timeout: 120_000 });

  // The roster's default order is AUM descending (id descending among equals): the last row is the smallest book.
  const bank = await bankView(backend.url);
  const advisorId = [...bank.clients.values()].find((c) => c.customerNo)!.advisorId;
  const book = [...bank.clients.values()].filter((c) => !c.deleted && c.advisorId === advisorId);
  expect(book).toHaveLength(10_000);
  const last = book.sort((a, b) => b.aumFen - a.aumFen || (a.id < b.id ? 1 : -1)).at(-1)!;

  // Scroll to the end: pages load as the list nears its end, until the last of the 10,000 is in it.
  // (Keep scrolling until then: on a busy machine a page may still be loading when the bottom is reached.)
  const table = page.getByTestId('roster-table');
  const holder = table.locator('.ant-table-tbody-virtual-holder');
  const lastRow = table.locator(`[data-row-key="${last.id}"]`);
  for (let i = 0; i < 1_000 && (await lastRow.count()) === 0; i++) {
    await holder.hover();
    await page.mouse.wheel(0, 50_000);
    await page.waitForTimeout(100);
  }
  await expect(table.locator(`[data-row-key="${last.id}"]`)).toBeVisible();
  // Virtual: only the visible rows are in the page, however long the list.
  expect(await table.locator('.ant-table-row').count()).toBeLessThan(100);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('zh');
  await expect(page.getByTestId('client-search-hit').first()).toBeVisible();
  await page.screenshot({ path: path.join(artifactsDir, 'roster-10k-search.png') });
});
