/**
 * The highlighted item of a list driven by the keyboard. -1 means nothing is highlighted (a new
 * list starts that way); moving starts from the first item (down) or the last (up) and wraps
 * around at either end.
 */
export function moveHighlight(current: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
  if (count <= 0) return -1;
  const inRange = current >= 0 && current < count;
  if (key === 'ArrowDown') return inRange ? (current + 1) % count : 0;
  return inRange ? (current - 1 + count) % count : count - 1;
}

/** The highlight if it still points into a list of `count` items, else -1 (nothing highlighted). */
export function highlightInRange(current: number, count: number): number {
  return current >= 0 && current < count ? current : -1;
}

/** What Enter picks: the highlighted item, or the first when nothing is highlighted; -1 in an empty list. */
export function chosenIndex(current: number, count: number): number {
  if (count <= 0) return -1;
  return highlightInRange(current, count) === -1 ? 0 : current;
}
