import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CadenceMeasure, Client360 } from '../../../../../shared/api';
import { standingOf } from '../../../../../shared/cadence';

type Progress = Client360['cadence']['monthly'];

/** Share of a bar, 0–100, for `value` out of `target` (a target of 0 shows an empty bar). */
function share(value: number, target: number): number {
  return target > 0 ? Math.min(100, (value / target) * 100) : 0;
}

/**
 * One measure as a small figure: done / target, a bar, and a marker where the RM should be by
 * now (expected). Behind (done below expected) is drawn in red.
 */
export function MeasureProgress({ measure, progress }: { measure: CadenceMeasure; progress: Progress }) {
  const { t } = useTranslation();
  const { done, target, expected } = progress;
  // The same standing as the dashboard's and the roster filter's (shared/cadence/standard.ts).
  const state = standingOf(progress);
  const expectedText = t('cadence.card.expected', { expected });
  return (
    <div
      data-testid={`cadence-progress-${measure}`}
      data-done={done}
      data-target={target}
      data-expected={expected}
      data-standing={state}
      className={`cadence-progress cadence-progress-${state}`}
    >
      <div className="cadence-progress-head">
        <Typography.Text>{t(`cadence.measure.${measure}`)}</Typography.Text>
        <Typography.Text strong className="tabular-nums">
          {t('cadence.card.progress', { done, target })}
        </Typography.Text>
      </div>
      <div
        className="cadence-progress-track"
        role="progressbar"
        aria-label={t(`cadence.measure.${measure}`)}
        aria-valuemin={0}
        aria-valuemax={target}
        aria-valuenow={Math.min(done, target)}
        aria-valuetext={`${t('cadence.card.progress', { done, target })} · ${expectedText}`}
        title={expectedText}
      >
        <div className="cadence-progress-fill" style={{ width: `${share(done, target)}%` }} />
        {expected > 0 && <div className="cadence-progress-expected" style={{ insetInlineStart: `${share(expected, target)}%` }} />}
      </div>
    </div>
  );
}
