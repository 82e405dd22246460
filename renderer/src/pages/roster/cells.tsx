import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import type { RosterRow } from '../../../../shared/api';
import { formatWan, formatYuanExact } from '../../../../shared/format';
import type { Language } from '../../i18n';
import { isRiskAssessmentExpired } from './riskAssessment';

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

export function RiskCell({ row, cutoff, t }: { row: RosterRow; cutoff: string; t: TFunction }) {
  if (!row.riskLevel) {
    return <Tag color="warning">{t('roster.riskNotAssessed')}</Tag>;
  }
  const expired = row.riskAssessedAt !== null && isRiskAssessmentExpired(row.riskAssessedAt, cutoff);
  return (
    <div className="cell-line">
      <span>
        {row.riskLevel} {t(`riskLevel.${row.riskLevel}`)}
      </span>
      {row.riskAssessedAt && (
        <span className="text-secondary tabular-nums" title={t('roster.riskAssessedOn', { date: row.riskAssessedAt })}>
          {row.riskAssessedAt}
        </span>
      )}
      {expired && (
        <Tag color="warning" title={t('roster.riskExpiredHint')}>
          {t('roster.riskExpired')}
        </Tag>
      )}
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
