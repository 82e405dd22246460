import type { ChatLine } from '../../../../../shared/api';

export type HistoryItem = { kind: 'day'; day: string } | { kind: 'line'; line: ChatLine };

/**
 * The lines (oldest first) with a day heading before the first line of each day, the way chat
 * apps show a long conversation. `dayOf` gives a line's calendar day (`YYYY-MM-DD`) in the
 * time zone shown.
 */
export function withDayHeadings(lines: readonly ChatLine[], dayOf: (iso: string) => string): HistoryItem[] {
  const items: HistoryItem[] = [];
  let current: string | null = null;
  for (const line of lines) {
    const day = dayOf(line.createdAt);
    if (day !== current) {
      items.push({ kind: 'day', day });
      current = day;
    }
    items.push({ kind: 'line', line });
  }
  return items;
}

/** How a day heading reads: 今天, 昨天, or the date. */
export function dayHeadingKind(day: string, today: string, yesterday: string): 'today' | 'yesterday' | 'date' {
  if (day === today) return 'today';
  if (day === yesterday) return 'yesterday';
  return 'date';
}
