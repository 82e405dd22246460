import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookCadence, CadenceMeasure } from '../../../../../shared/api';
import { measureCountsSchema } from '../../../../../shared/api';
import { formatCount } from '../../../../../shared/format';
import { CADENCE_TARGETS } from '../../../../../shared/cadence';

/** Met the year's target, on pace, behind: the contract's own list. */
export const STANDINGS = measureCountsSchema.keyof().options;
export type Standing = (typeof STANDINGS)[number];

const STANDING_COLORS: Record<Standing, string> = { met: '#389e0d', onPace: '#1d4f91', behind: '#cf1322' };

interface MeasureBreakdownProps {
  measure: CadenceMeasure;
  counts: BookCadence['byMeasure'][CadenceMeasure];
  onOpen: (standing: Standing) => void;
}

/**
 * One measure across the book: how many clients met the year's target, are on pace, or are behind,
 * as a stacked bar and three buttons; a button lists those clients in the roster.
 */
export function MeasureBreakdown({ measure, counts, onOpen }: MeasureBreakdownProps) {
  const { t } = useTranslation();
  const name = t(`cadence.measure.${measure}`);
  const total = counts.met + counts.onPace + counts.behind;
  return (
    <div data-testid={`cadence-measure-${measure}`} data-met={counts.met} data-on-pace={counts.onPace} data-behind={counts.behind} className="cadence-measure">
      <Flex align="baseline" justify="space-between" gap={8}>
        <Typography.Text strong>{name}</Typography.Text>
        <Typography.Text type="secondary">{t('cadence.measureGoal', { target: CADENCE_TARGETS[measure] })}</Typography.Text>
      </Flex>
      <div className="cadence-stack" aria-hidden>
        {total > 0 &&
          STANDINGS.map((standing) =>
            counts[standing] > 0 ? <span key={standing} style={{ flexGrow: counts[standing], background: STANDING_COLORS[standing] }} /> : null,
          )}
      </div>
      <Flex gap={4} wrap>
        {STANDINGS.map((standing) => (
          <Button
            key={standing}
            data-testid={`cadence-measure-${measure}-${standing}`}
            data-count={counts[standing]}
            size="small"
            type="text"
            onClick={() => onOpen(standing)}
            aria-label={t('cadence.book.measurePart', { measure: name, standing: t(`cadence.standing.${standing}`), count: counts[standing] })}
          >
            <span className="cadence-dot" style={{ background: STANDING_COLORS[standing] }} />
            {t(`cadence.standing.${standing}`)} <span className="tabular-nums">{formatCount(counts[standing])}</span>
          </Button>
        ))}
      </Flex>
    </div>
  );
}
