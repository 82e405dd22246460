import { zonedStartOfDay } from '../time/zoned';

/**
 * The instants a year's months begin in a zone: monthStarts[0] is 1 January, monthStarts[12] is
 * 1 January of the next year. Reading a month by comparing instants is far cheaper than asking
 * Intl for every date, which matters when a whole book is evaluated; frames are cached.
 */
export interface YearFrame {
  monthStarts: number[];
}

const frames = new Map<string, YearFrame>();

export function yearFrame(year: number, timeZone: string): YearFrame {
  const key = `${year}|${timeZone}`;
  let frame = frames.get(key);
  if (!frame) {
    const monthStarts = Array.from({ length: 13 }, (_, i) => zonedStartOfDay({ year: year + Math.floor(i / 12), month: (i % 12) + 1, day: 1 }, timeZone).getTime());
    frame = { monthStarts };
    if (frames.size > 256) frames.clear();
    frames.set(key, frame);
  }
  return frame;
}

/**
 * The month of an instant on a scale where this year's months are 1…12: 0 or less before the
 * year (0 is enough: callers only compare), 13 after it.
 */
export function monthOf(frame: YearFrame, t: number): number {
  const starts = frame.monthStarts;
  if (t < (starts[0] as number)) return 0;
  if (t >= (starts[12] as number)) return 13;
  let month = 1;
  while (t >= (starts[month] as number)) month += 1;
  return month;
}
