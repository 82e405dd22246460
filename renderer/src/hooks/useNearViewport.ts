import { useCallback, useState } from 'react';

/**
 * Whether an element has come within `margin` of its scroll box's visible area, once: a long
 * report draws only the pages the RM scrolls towards, and a drawn page stays drawn.
 */
export function useNearViewport<T extends Element>(root: Element | null, margin: string): [(element: T | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(false);
  const ref = useCallback(
    (element: T | null) => {
      if (!element || !root) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setNear(true);
            observer.disconnect();
          }
        },
        { root, rootMargin: margin },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [root, margin],
  );
  return [ref, near];
}
