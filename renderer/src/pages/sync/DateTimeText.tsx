import dayjs from 'dayjs';

/** A local date and time for an ISO instant, tabular. */
export function DateTimeText({ iso }: { iso: string }) {
  return <span className="tabular-nums">{dayjs(iso).format('YYYY-MM-DD HH:mm')}</span>;
}
