/** Timing helpers for benchmarks. Figures are wall-clock milliseconds from performance.now(). */

export function timeOnce(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns the sorted samples. */
export function sample(fn: () => void, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(timeOnce(fn));
  return samples.sort((a, b) => a - b);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const median = (sorted: readonly number[]) => percentile(sorted, 50);
