import type { Progress } from '../../../shared/cadence';

export type Standing = 'met' | 'onPace' | 'behind';

/** Met the year's target, on pace with what is expected by now, or behind it. */
export function standingOf(progress: Progress): Standing {
  if (progress.done >= progress.target) return 'met';
  return progress.done >= progress.expected ? 'onPace' : 'behind';
}
