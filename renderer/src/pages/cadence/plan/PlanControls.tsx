import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { planInputSchema } from '../../../../../shared/api';
import { valueBoundsOf } from '../../../fields/schemaLimits';
import type { CadencePlanRequest } from '../../../store/endpoints/cadence';
import { usePlanExport } from './usePlanExport';

/** The contract's daily cap: its default and bounds (`planInputSchema`). */
const dailyCapSchema = planInputSchema.shape.dailyCap;
export const DEFAULT_DAILY_CAP: number = dailyCapSchema.parse(undefined);
const { min: MIN_DAILY_CAP, max: MAX_DAILY_CAP } = valueBoundsOf(dailyCapSchema.unwrap());

interface PlanControlsProps {
  /** This year and the next. */
  years: number[];
  year: number;
  onYearChange: (year: number) => void;
  dailyCap: number;
  onDailyCapChange: (cap: number) => void;
  /** What the export asks for: the plan on screen. */
  request: CadencePlanRequest;
}

/** 计划年度, 每日上限 (1–20, default 4) and 导出日历 (.ics). */
export function PlanControls({ years, year, onYearChange, dailyCap, onDailyCapChange, request }: PlanControlsProps) {
  const { t } = useTranslation();
  const { exportIcs, exporting } = usePlanExport(request);
  return (
    <Flex align="center" justify="space-between" gap={12} wrap>
      <Flex align="center" gap={8} wrap>
        <Typography.Text type="secondary">{t('cadence.plan.year')}</Typography.Text>
        <Select<number>
          data-testid="plan-year"
          aria-label={t('cadence.plan.year')}
          value={year}
          options={years.map((option) => ({ value: option, label: t('cadence.scope.yearOption', { year: option }) }))}
          onChange={onYearChange}
          style={{ width: 110 }}
        />
        <Tooltip title={t('cadence.plan.dailyCapHint')}>
          <Typography.Text type="secondary">{t('cadence.plan.dailyCap')}</Typography.Text>
        </Tooltip>
        <InputNumber<number>
          data-testid="plan-daily-cap"
          aria-label={t('cadence.plan.dailyCap')}
          min={MIN_DAILY_CAP}
          max={MAX_DAILY_CAP}
          precision={0}
          value={dailyCap}
          onChange={(value) => {
            if (value !== null && Number.isInteger(value) && value >= MIN_DAILY_CAP && value <= MAX_DAILY_CAP) onDailyCapChange(value);
          }}
          suffix={t('cadence.plan.dailyCapUnit')}
          style={{ width: 130 }}
        />
        <Typography.Text type="secondary">{t('cadence.plan.asOf', { date: request.asOf })}</Typography.Text>
      </Flex>
      <Button data-testid="plan-export-ics" icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportIcs()}>
        {t('cadence.plan.export')}
      </Button>
    </Flex>
  );
}
