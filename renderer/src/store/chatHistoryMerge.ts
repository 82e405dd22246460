import type { ChatLine } from '../../../shared/api';
import type { ChatHistoryPage } from './endpoints/chat';

/**
 * Conversation order: lines the bank stored by their sequence, ours still pending after them
 * (they will be stored after everything already there), ties by when they were written.
 */
export function compareChatLines(a: ChatLine, b: ChatLine): number {
  const seqA = a.seq ?? Number.POSITIVE_INFINITY;
  const seqB = b.seq ?? Number.POSITIVE_INFINITY;
  if (seqA !== seqB) return seqA < seqB ? -1 : 1;
  return a.createdAt.localeCompare(b.createdAt);
}

/**
 * Puts a new or changed line into cached history pages (newest page first, each oldest line
 * first), in place, so an immer recipe can call it: a known id is replaced where it is; a new
 * line joins the newest page. A line older than everything loaded, with more left unloaded,
 * belongs to a page nobody has asked for yet and is left out.
 */
export function mergeChatLine(pages: ChatHistoryPage[], line: ChatLine): void {
  for (const page of pages) {
    const index = page.lines.findIndex((existing) => existing.id === line.id);
    if (index === -1) continue;
    page.lines[index] = line;
    page.lines.sort(compareChatLines);
    return;
  }
  const oldestPage = pages.at(-1);
  const oldestSeq = oldestPage?.lines[0]?.seq ?? null;
  if (oldestPage?.hasMore && line.seq !== null && oldestSeq !== null && line.seq < oldestSeq) return;
  const newest = pages[0];
  if (!newest) return;
  newest.lines.push(line);
  newest.lines.sort(compareChatLines);
}

/** All lines of the cached pages in conversation order, oldest first. */
export function flattenChatPages(pages: readonly ChatHistoryPage[]): ChatLine[] {
  return pages.toReversed().flatMap((page) => page.lines);
}

/**
 * The conversation's newest page, asked again after `data:changed` (receipts, a catch-up), merged
 * into the cached pages. False when it does not reach what is cached (more than a page arrived
 * meanwhile): the cache has a gap and must be fetched again.
 */
export function mergeNewestPage(pages: ChatHistoryPage[], newest: ChatHistoryPage): boolean {
  const cached = new Set(pages.flatMap((page) => page.lines.map((line) => line.id)));
  const oldestOfNewest = newest.lines[0];
  if (newest.hasMore && oldestOfNewest && !cached.has(oldestOfNewest.id)) return false;
  for (const line of newest.lines) mergeChatLine(pages, line);
  return true;
}
