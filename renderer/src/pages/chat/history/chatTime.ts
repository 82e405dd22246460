import dayjs from 'dayjs';

/** A line's calendar day in the desk's time zone, for the day headings. */
export function dayOf(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD');
}

/** The conversation list's time: the hour today, the date otherwise (the year only when it is another year). */
export function listTime(iso: string, now: number): string {
  const time = dayjs(iso);
  const today = dayjs(now);
  if (time.isSame(today, 'day')) return time.format('HH:mm');
  return time.format(time.isSame(today, 'year') ? 'MM-DD' : 'YYYY-MM-DD');
}
