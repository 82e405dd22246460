import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { salutation } from '../../shared/chat/templates';
import { connectChatClient } from '../../testing/chatClientPeer';
import { solidPng } from '../support/png';
import { perTestProcesses, submitLogin } from '../support/perTest';
import { artifactsDir, startBackend, startWebHost } from '../support/processes';

const run = perTestProcesses('e2e-chat');

/** Rendering a report (fonts, charts) takes a few seconds on a busy machine. */
const RENDER_TIMEOUT = 60_000;
/** A message goes desk → core → relay → the other side: a few hops, each quick. */
const DELIVERY_TIMEOUT = 20_000;

/** The `chat-message` elements of one side of a conversation, of one kind. */
function messages(scope: Page | Locator, from: 'advisor' | 'client', kind: string): Locator {
  return scope.locator(`[data-testid="chat-message"][data-from="${from}"][data-kind="${kind}"]`);
}

async function signInDesk(page: Page, url: string) {
  await page.goto(url);
  await submitLogin(page);
  await expect(page.getByTestId('roster-total')).toContainText('40');
}

/** The client page signs in as the first demo client it offers; answers that client's name. */
async function signInClient(page: Page, backendUrl: string): Promise<string> {
  await page.goto(`${backendUrl}/client/`);
  // The picker fills itself with the demo advisor's clients once the page has asked for them.
  const firstClient = page.getByTestId('client-picker').locator('option:not([value=""])').first();
  await expect(firstClient).toBeAttached();
  await page.getByTestId('client-picker').selectOption((await firstClient.getAttribute('value'))!);
  await page.getByTestId('client-login').click();
  await expect(page.getByTestId('connection-state')).toHaveAttribute('data-state', 'connected', { timeout: DELIVERY_TIMEOUT });
  const name = (await page.getByTestId('client-name').textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  return name;
}

async function clientWrites(page: Page, text: string) {
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-send').click();
}

/** The image is drawn: the Blob URL loaded into a real picture. */
async function expectImageShown(image: Locator) {
  await expect(image).toBeVisible({ timeout: DELIVERY_TIMEOUT });
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth), { timeout: DELIVERY_TIMEOUT }).toBe(24);
}

test('an RM and a client chat: unread counts, text, the compliance check, a template, images both ways and a report', async ({ browser }) => {
  test.setTimeout(240_000);
  const backend = await startBackend({ dataDir: run.dir, clients: 40 });
  run.keep(backend);
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);
  const origin = new URL(host.url).origin;

  // Two devices: the RM's desk and the client's phone, each with its own cookies.
  const deskContext = await browser.newContext();
  const clientContext = await browser.newContext({ viewport: { width: 420, height: 860 } });
  const desk = await deskContext.newPage();
  const phone = await clientContext.newPage();
  await signInDesk(desk, host.url);
  await desk.getByTestId('nav-chat').click();
  await expect(desk.getByTestId('chat-page')).toBeVisible();
  await expect(desk.getByTestId('chat-connection')).toHaveAttribute('data-state', 'connected', { timeout: DELIVERY_TIMEOUT });

  // The client writes; the RM sees the unread count rise on the nav and on the conversation.
  const clientName = await signInClient(phone, backend.url);
  await clientWrites(phone, '您好，我的产品下个月到期，到期后怎么安排比较好？');
  await expect(messages(phone.getByTestId('chat-log'), 'client', 'text')).toHaveCount(1);
  await expect(desk.getByTestId('nav-chat')).toHaveAttribute('data-unread', '1', { timeout: DELIVERY_TIMEOUT });
  const conversation = desk.getByTestId('chat-conversation').filter({ hasText: clientName });
  await expect(conversation).toHaveAttribute('data-unread', '1');
  const clientId = (await conversation.getAttribute('data-client-id'))!;

  // Opening it shows the message and clears the counts.
  await conversation.click();
  const history = desk.getByTestId('chat-history');
  await expect(messages(history, 'client', 'text')).toContainText(['下个月到期']);
  await expect(conversation).toHaveAttribute('data-unread', '0', { timeout: DELIVERY_TIMEOUT });
  await expect(desk.getByTestId('nav-chat')).toHaveAttribute('data-unread', '0');

  // The RM answers (Enter sends); the client's page shows it.
  const input = desk.getByTestId('chat-input');
  await input.fill('收到，我整理一下到期后的几种安排，稍后发给您。');
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(messages(phone.getByTestId('chat-log'), 'advisor', 'text')).toContainText(['稍后发给您'], { timeout: DELIVERY_TIMEOUT });
  const answered = messages(history, 'advisor', 'text').last();
  await expect(answered).toHaveAttribute('data-status', /^(sent|delivered|read)$/, { timeout: DELIVERY_TIMEOUT });

  // A promise of safety is stopped before it leaves, the rule shown, the text kept for editing.
  const promise = '这款产品保本保收益，您放心。';
  await input.fill(promise);
  await desk.getByTestId('chat-send').click();
  const compliance = desk.getByTestId('chat-compliance');
  await expect(compliance).toContainText('合规提示：请勿使用');
  await expect(compliance).toContainText('“保本”');
  await expect(compliance.getByTestId('chat-compliance-term')).toHaveText(['保本保收益']);
  await expect(input).toHaveValue(promise);
  await expect(messages(history, 'advisor', 'text')).toHaveCount(1);

  // The check reads patterns, not words: a promised figure is stopped, naming the rule and its
  // reason; a disclosure with the same characters goes out.
  await input.fill('保证收益8%');
  await desk.getByTestId('chat-send').click();
  await expect(compliance.locator('[data-testid="chat-compliance-finding"][data-rule="guarantee.promise"]')).toContainText('保证收益或本金');
  await expect(messages(history, 'advisor', 'text')).toHaveCount(1);
  await input.fill('本产品不保本，过往业绩不代表未来表现。');
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(messages(phone.getByTestId('chat-log'), 'advisor', 'text').last()).toContainText('本产品不保本', { timeout: DELIVERY_TIMEOUT });

  // A template reply fills in how to address the client; the RM can edit it, then send it.
  await input.fill('');
  await desk.getByTestId('chat-template-open').click();
  const suggested = desk.locator('[data-testid="chat-template-item"][data-suggested="true"]').first();
  await expect(suggested).toBeVisible();
  await expect(suggested).toContainText('推荐');
  await suggested.click();
  const addressed = [salutation(clientName, 'male'), salutation(clientName, 'female'), clientName];
  await expect(input).toHaveValue(new RegExp(addressed.join('|')));
  await input.press('Enter');
  await expect(messages(phone.getByTestId('chat-log'), 'advisor', 'text')).toHaveCount(3, { timeout: DELIVERY_TIMEOUT });
  await expect(messages(phone.getByTestId('chat-log'), 'advisor', 'text').last()).toContainText(new RegExp(addressed.join('|')));

  // The RM sends a picture; it arrives as an image on the client's page.
  await desk.getByTestId('chat-image-input').setInputFiles({ name: 'allocation.png', mimeType: 'image/png', buffer: solidPng(24, 24, [29, 79, 145]) });
  await expect(messages(history, 'advisor', 'image')).toHaveCount(1);
  await expectImageShown(messages(phone.getByTestId('chat-log'), 'advisor', 'image').locator('img'));

  // The client sends a picture; it shows on the desk.
  await phone.getByTestId('chat-image-input').setInputFiles({ name: 'statement.png', mimeType: 'image/png', buffer: solidPng(24, 24, [200, 40, 40]) });
  await expectImageShown(messages(history, 'client', 'image').locator('img'));
  // It arrived while the conversation was open and in view: read at once, no badge left behind.
  await expect(desk.getByTestId('nav-chat')).toHaveAttribute('data-unread', '0', { timeout: DELIVERY_TIMEOUT });
  await expect(conversation).toHaveAttribute('data-unread', '0');

  fs.mkdirSync(artifactsDir, { recursive: true });
  await desk.screenshot({ path: path.join(artifactsDir, 'chat-desk.png') });
  await phone.screenshot({ path: path.join(artifactsDir, 'chat-client.png') });

  // A report: made on the report page, then sent from the conversation; the client can open it.
  await desk.goto(`${origin}/#/reports/${clientId}`);
  await desk.getByTestId('report-generate').click();
  // No opinion written: the desk asks first, and the report leaves the section out.
  await desk.getByTestId('report-generate-anyway').click();
  const preview = desk.getByTestId('report-preview');
  await expect(preview).not.toHaveAttribute('data-report-id', '', { timeout: RENDER_TIMEOUT });
  const reportId = (await preview.getAttribute('data-report-id'))!;
  await desk.goto(`${origin}/#/chat/${clientId}`);
  await desk.getByTestId('chat-report-open').click();
  await desk.locator(`[data-testid="chat-report-choice"][data-id="${reportId}"]`).getByTestId('chat-report-send').click();
  const sentReport = messages(history, 'advisor', 'report');
  await expect(sentReport).toHaveCount(1, { timeout: RENDER_TIMEOUT });
  await expect(sentReport.getByTestId('chat-report-view')).toBeVisible();
  const received = messages(phone.getByTestId('chat-log'), 'advisor', 'report');
  await expect(received).toHaveCount(1, { timeout: RENDER_TIMEOUT });
  await expect(received.getByTestId('report-open')).toContainText('打开');

  // 查看 on the desk opens the report page on that report.
  await sentReport.getByTestId('chat-report-view').click();
  await expect(desk.getByTestId('report-preview')).toHaveAttribute('data-report-id', reportId);

  await deskContext.close();
  await clientContext.close();
});

test('a conversation of 600 messages opens at the newest, scrolls back to the first, and keeps only the rows on screen in the page', async ({ page }) => {
  test.setTimeout(180_000);
  const backend = await startBackend({ dataDir: run.dir, clients: 40 });
  run.keep(backend);
  const host = await startWebHost({ dataDir: path.join(run.dir, 'desk'), backendUrl: backend.url });
  run.keep(host);
  // The client's 600 messages reach the relay before the RM signs in: the desk fetches them by cursor.
  const { clients } = (await (await fetch(`${backend.url}/chat/demo-clients`)).json()) as { clients: { customerNo: string; name: string }[] };
  const { customerNo, name } = clients[0]!;
  const peer = await connectChatClient(backend.url, customerNo);
  for (let i = 0; i < 600; i++) await peer.send(`第 ${i} 条`);
  peer.close();

  await signInDesk(page, host.url);
  await page.getByTestId('nav-chat').click();
  await page.getByTestId('chat-conversation').filter({ hasText: name }).click();
  const history = page.getByTestId('chat-history');
  await expect(history.getByText('第 599 条', { exact: true })).toBeVisible({ timeout: DELIVERY_TIMEOUT });

  // Scroll back to the very first message, page by page.
  const first = history.getByText('第 0 条', { exact: true });
  for (let i = 0; i < 400 && (await first.count()) === 0; i++) {
    await history.evaluate((element) => element.scrollBy(0, -2_000));
    await page.waitForTimeout(50);
  }
  await expect(first).toBeVisible();
  await expect(history).toHaveAttribute('data-count', '600');
  // Windowed: a few dozen rows in the page, not 600.
  expect(await history.getByTestId('chat-message').count()).toBeLessThan(100);
});
