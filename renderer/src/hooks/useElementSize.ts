import { useCallback, useState } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The content size of an element, kept current with a ResizeObserver. Attach the returned
 * callback ref; the size is 0×0 until the element is measured.
 */
export function useElementSize<T extends HTMLElement>(): [(element: T | null) => (() => void) | undefined, ElementSize] {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  const ref = useCallback((element: T | null) => {
    if (!element) return undefined;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (!rect) return;
      const width = Math.floor(rect.width);
      const height = Math.floor(rect.height);
      setSize((previous) => (previous.width === width && previous.height === height ? previous : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
