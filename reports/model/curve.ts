import type { NavPoint } from '../../shared/allocation';

/** At most `max` points of a curve for drawing, evenly spaced, keeping the first and the last. */
export function thin(curve: readonly NavPoint[], max: number): NavPoint[] {
  if (curve.length <= max) return [...curve];
  const step = (curve.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => curve[Math.round(i * step)] as NavPoint);
}
