import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChatLine } from '../../../../../shared/api';

/** Within this many pixels of the bottom counts as "reading the latest". */
const BOTTOM_SLACK_PX = 48;
/** Older messages are asked for this far before the top is reached, so scrolling up rarely waits. */
const LOAD_OLDER_PX = 400;

interface ScrollMemory {
  oldestId: string | null;
  newestId: string | null;
  scrollHeight: number;
  atBottom: boolean;
}

function isAtBottom(element: HTMLElement): boolean {
  return element.scrollHeight - element.scrollTop - element.clientHeight < BOTTOM_SLACK_PX;
}

/**
 * The scrolling of a conversation, newest at the bottom: it opens at the bottom and follows new
 * messages while the RM is there (or when the RM sent one); older pages load as the RM nears the
 * top and appear above without moving what is on screen; images that finish loading keep the
 * bottom in view. Attach `setContainer` to the scroll box, `contentRef` to what it holds.
 */
export function useHistoryScroll(lines: readonly ChatLine[], canLoadOlder: boolean, loadOlder: () => void) {
  const container = useRef<HTMLDivElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  // The box as state too: images watch it to load only when scrolled near.
  const [scrollRoot, setScrollRoot] = useState<HTMLDivElement | null>(null);
  const memory = useRef<ScrollMemory>({ oldestId: null, newestId: null, scrollHeight: 0, atBottom: true });

  const setContainer = useCallback((element: HTMLDivElement | null) => {
    container.current = element;
    setScrollRoot(element);
  }, []);

  const maybeLoadOlder = useCallback(() => {
    const element = container.current;
    if (element && canLoadOlder && element.scrollTop < LOAD_OLDER_PX) loadOlder();
  }, [canLoadOlder, loadOlder]);

  const onScroll = useCallback(() => {
    const element = container.current;
    if (!element) return;
    memory.current.atBottom = isAtBottom(element);
    maybeLoadOlder();
  }, [maybeLoadOlder]);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const seen = memory.current;
    const oldestId = lines[0]?.id ?? null;
    const newest = lines.at(-1) ?? null;
    const newestId = newest?.id ?? null;
    if (seen.newestId === null) {
      element.scrollTop = element.scrollHeight;
    } else if (oldestId !== seen.oldestId && newestId === seen.newestId) {
      // An older page went in above: keep the same messages under the RM's eyes.
      element.scrollTop += element.scrollHeight - seen.scrollHeight;
    } else if (newestId !== seen.newestId && (seen.atBottom || newest?.direction === 'out')) {
      element.scrollTop = element.scrollHeight;
    }
    memory.current = { oldestId, newestId, scrollHeight: element.scrollHeight, atBottom: isAtBottom(element) };
  }, [lines]);

  // A short first page does not fill the box, so no scroll would ever ask for more.
  useEffect(maybeLoadOlder, [maybeLoadOlder, lines]);

  // Images load after their line is laid out: stay at the bottom if the RM was there.
  useEffect(() => {
    const element = container.current;
    const inner = contentRef.current;
    if (!element || !inner) return undefined;
    const observer = new ResizeObserver(() => {
      if (memory.current.atBottom) element.scrollTop = element.scrollHeight;
      memory.current.scrollHeight = element.scrollHeight;
    });
    observer.observe(inner);
    return () => observer.disconnect();
  }, [scrollRoot]);

  return { setContainer, contentRef, scrollRoot, onScroll };
}
