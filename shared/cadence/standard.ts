import type { Progress } from './types';

/**
 * The bank's service standard per full year, "12-4-2-1": 12 themed contacts (one a month), 4
 * allocation reviews, 2 of them face to face, 1 annual wealth report delivered. A client who
 * joins mid-year owes a share (evaluate.ts).
 */
export const CADENCE_TARGETS = { monthly: 12, reviews: 4, faceToFace: 2, annualReport: 1 } as const;

export const STANDINGS = ['met', 'onPace', 'behind'] as const;
export type Standing = (typeof STANDINGS)[number];

/** Met the year's target, on pace with what is expected by now, or behind it. */
export function standingOf(progress: Progress): Standing {
  if (progress.done >= progress.target) return 'met';
  return progress.done >= progress.expected ? 'onPace' : 'behind';
}
