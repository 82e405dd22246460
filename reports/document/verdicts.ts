import type { TableCell } from './pdfTypes';
import type { SuitabilityVerdict } from '../../shared/rules/suitability';
import type { ReportSnapshot } from '../snapshot';
import { SUITABILITY_LABELS } from '../text/labels';
import { flag } from './blocks';

/** 超出风险承受能力 (8 characters at the cells' 8.5 pt) on one line. */
const REASON_WIDTH = 72;

/** Where a verdict is printed: the holdings table, the suggested products, the suitability findings. */
type Place = 'holding' | 'suggestion' | 'finding';

/**
 * Snapshots before schema 3 printed one flag whatever the reason, and "—" for a holding not
 * flagged: they reprint as given.
 */
const BEFORE_SCHEMA_3: Record<Place, { suitable: string; unsuitable: string }> = {
  holding: { suitable: '—', unsuitable: '超出承受能力' },
  suggestion: { suitable: '符合', unsuitable: '超出承受能力，不可推荐' },
  finding: { suitable: '符合', unsuitable: '超出承受能力' },
};

/** A product's suitability in a table cell: "符合", or why not, flagged in red. */
export function verdictCell(schema: ReportSnapshot['schema'], verdict: SuitabilityVerdict, place: Place): TableCell {
  if (schema < 3) {
    const words = BEFORE_SCHEMA_3[place];
    return verdict.suitable ? words.suitable : flag(words.unsuitable);
  }
  if (verdict.suitable) return SUITABILITY_LABELS.suitable;
  // The reason keeps its own line, so a table row reads it whole.
  return flag(place === 'suggestion' ? `${SUITABILITY_LABELS[verdict.reason]}\n不可推荐` : SUITABILITY_LABELS[verdict.reason]);
}

/**
 * The width of a column of reasons: from schema 3 at least the longest reason's; older snapshots
 * keep the width they were printed with.
 */
export function verdictWidth(schema: ReportSnapshot['schema'], before: number): number {
  return schema >= 3 ? Math.max(REASON_WIDTH, before) : before;
}
