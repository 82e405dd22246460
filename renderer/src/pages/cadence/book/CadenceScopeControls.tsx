import { Button, DatePicker, Flex, Select, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { cadenceScopeSchema } from '../../../../../shared/api';
import { valueBoundsOf } from '../../../fields/schemaLimits';
import { cadenceYearOptions } from '../cadenceScope';
import type { useCadenceScope } from '../useCadenceScope';

/** The contract's years, from 1 January of the first to 31 December of the last. */
const YEARS = valueBoundsOf(cadenceScopeSchema.shape.year.unwrap());
const MIN_DATE = dayjs(`${YEARS.min}-01-01`);
const MAX_DATE = dayjs(`${YEARS.max}-12-31`);

/** 年度 (this year, the two before and the next) and 截至 (any day; a past year starts at its 31 December). */
export function CadenceScopeControls({ scope }: { scope: ReturnType<typeof useCadenceScope> }) {
  const { t } = useTranslation();
  const { year, asOf } = scope.scope;
  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text type="secondary">{t('cadence.scope.year')}</Typography.Text>
      <Select<number>
        data-testid="cadence-year"
        aria-label={t('cadence.scope.year')}
        value={year}
        options={cadenceYearOptions(scope.today.year, year).map((option) => ({ value: option, label: t('cadence.scope.yearOption', { year: option }) }))}
        onChange={scope.setYear}
        style={{ width: 110 }}
      />
      <Tooltip title={t('cadence.scope.asOfHint')}>
        <Typography.Text type="secondary">{t('cadence.scope.asOf')}</Typography.Text>
      </Tooltip>
      <DatePicker
        data-testid="cadence-as-of"
        aria-label={t('cadence.scope.asOf')}
        value={dayjs(asOf)}
        format="YYYY-MM-DD"
        allowClear={false}
        minDate={MIN_DATE}
        maxDate={MAX_DATE}
        onChange={(value) => {
          if (value) scope.setAsOf(value.format('YYYY-MM-DD'));
        }}
        style={{ width: 140 }}
      />
      {!scope.isToday && (
        <Button data-testid="cadence-scope-reset" type="link" size="small" onClick={scope.reset}>
          {t('cadence.scope.backToToday')}
        </Button>
      )}
    </Flex>
  );
}
