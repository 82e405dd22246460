import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import type { RosterRow } from '../../../../shared/api';
import { formatWan, formatYuanExact } from '../../../../shared/format';
import type { Language } from '../../i18n';
import { AssessmentTag } from './AssessmentTag';
import type { RosterDay } from './rosterDates';
import { assessmentState } from './rosterDates';

/*
 * Cells of the roster. They render for every visible row while scrolling, so they stay plain:
 * spans and Tags, one Tooltip for the exact AUM, no per-row state or hooks.
 */

export function NameCell({ row }: { row: RosterRow }) {
  return (
    <div className="cell-line" title={row.nameEn ? `${row.name} ${row.nameEn}` : row.name}>
      <span>{row.name}</span>
      {row.nameEn && <span className="text-secondary">{row.nameEn}</span>}
    </div>
  );
}

export function AumCell({ fen, language }: { fen: number; language: Language }) {
  return (
    <Tooltip title={formatYuanExact(fen)} placement="left">
      <span className="tabular-nums">{formatWan(fen, language)}</span>
    </Tooltip>
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

/** The assessment date, flagged when it expired or expires within 30 days; the expiry date in the title. */
export function AssessmentCell({ row, day, t }: { row: RosterRow; day: RosterDay; t: TFunction }) {
  const state = assessmentState(row.assessmentExpiresAt, day);
  const title = row.assessmentExpiresAt ? t('roster.assessmentValidUntil', { date: row.assessmentExpiresAt }) : t('roster.assessmentMissingHint');
  return (
    <div className="cell-line" title={title}>
      {row.riskAssessedAt && <span className="tabular-nums">{row.riskAssessedAt}</span>}
      <AssessmentTag state={state} t={t} />
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
