import { Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { RosterDay } from './rosterDates';
import { dueState } from './rosterDates';

/*
 * The roster's contact columns. Plain like the other cells: they render for every visible row.
 */

/** "3 天前", the exact time in a tooltip; a dash when the client was never contacted. */
export function LastContactCell({ at, now, t }: { at: string | null; now: number; t: TFunction }) {
  if (!at) return <span className="text-secondary">{t('common.empty')}</span>;
  const time = dayjs(at);
  return (
    <Tooltip title={time.format('YYYY-MM-DD HH:mm')} placement="left">
      <span>{time.from(now)}</span>
    </Tooltip>
  );
}

const DUE_CLASS = { overdue: 'due-overdue', thisMonth: 'due-this-month', later: '' } as const;

/** The date the next themed contact is due, highlighted when it is this month or already late. */
export function NextDueCell({ on, day, t }: { on: string; day: RosterDay; t: TFunction }) {
  const state = dueState(on, day);
  return (
    <span
      data-due={state}
      className={`tabular-nums ${DUE_CLASS[state]}`}
      title={state === 'overdue' ? t('roster.dueOverdue') : state === 'thisMonth' ? t('roster.dueThisMonth') : undefined}
    >
      {on}
    </span>
  );
}
