import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { RosterRow } from '../../../../shared/api';
import { assessmentStatus } from '../../../../shared/rules/assessment';
import { AssessmentTag } from './AssessmentTag';
import type { RosterDay } from './rosterDates';
import { dueState } from '../../../../shared/cadence';

/*
 * Cells of the roster. They render for every visible row while scrolling, so they stay plain:
 * spans and Tags, no per-row state or hooks. (AUM and last contact are in components/cells,
 * shared with the worklist.)
 */

export function NameCell({ row }: { row: RosterRow }) {
  return (
    <div className="cell-line" title={row.nameEn ? `${row.name} ${row.nameEn}` : row.name}>
      <span>{row.name}</span>
      {row.nameEn && <span className="text-secondary">{row.nameEn}</span>}
    </div>
  );
}

export function RiskLevelCell({ row, t }: { row: RosterRow; t: TFunction }) {
  if (!row.riskLevel) return <span className="text-secondary">{t('common.empty')}</span>;
  return (
    <span className="cell-line">
      {row.riskLevel} {t(`riskLevel.${row.riskLevel}`)}
    </span>
  );
}

/** The assessment date, flagged when it expired or expires soon (the shared rule, on the bank's today); its last valid day in the title. */
export function AssessmentCell({ row, day, t }: { row: RosterRow; day: RosterDay; t: TFunction }) {
  const status = assessmentStatus(row.riskAssessedAt, day.today);
  const title = status.validThrough ? t('roster.assessmentValidUntil', { date: status.validThrough }) : t('roster.assessmentMissingHint');
  return (
    <div className="cell-line" title={title}>
      {row.riskAssessedAt && <span className="tabular-nums">{row.riskAssessedAt}</span>}
      <AssessmentTag state={status.state} t={t} />
    </div>
  );
}

const VISIBLE_TAGS = 3;

export function TagsCell({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  const hidden = tags.length - VISIBLE_TAGS;
  return (
    <div className="cell-line" title={tags.join(' · ')}>
      {tags.slice(0, VISIBLE_TAGS).map((tag) => (
        <Tag key={tag} style={{ marginInlineEnd: 0 }}>
          {tag}
        </Tag>
      ))}
      {hidden > 0 && <span className="text-secondary">+{hidden}</span>}
    </div>
  );
}

const DUE_CLASS = { overdue: 'due-overdue', thisMonth: 'due-this-month', later: '' } as const;

/** The date the next themed contact is due, highlighted when it is this month or already late. */
export function NextDueCell({ on, day, t }: { on: string; day: RosterDay; t: TFunction }) {
  const state = dueState(on, day.today);
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
