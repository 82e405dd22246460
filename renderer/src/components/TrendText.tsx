import type { ReactNode } from 'react';
import { trendOf } from '../../../shared/format/percent';

/**
 * A gain or a return, coloured the Chinese market's way: red up, green down (红涨绿跌). The text
 * carries its own sign, so the colour is never the only cue.
 */
export function TrendText({ value, children, testId }: { value: number | null; children: ReactNode; testId?: string }) {
  const trend = trendOf(value);
  return (
    <span data-testid={testId} data-trend={trend} className={`tabular-nums trend-${trend}`}>
      {children}
    </span>
  );
}
