import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../../../shared/format';
import type { useCadenceScope } from '../useCadenceScope';
import { CadenceScopeControls } from './CadenceScopeControls';
import { CoverageChart } from './CoverageChart';
import { MeasureBreakdowns } from './MeasureBreakdowns';
import { StatusCards } from './StatusCards';
import { useCadenceBook } from './useCadenceBook';
import { LoadFailedAlert } from '../../../components/LoadFailedAlert';

/**
 * The book's 12-4-2-1 for the chosen year and day: clients by status, each measure's standing and
 * the monthly coverage. `data-year` / `data-as-of` name the figures shown (set once they are here).
 */
export function CadenceBookCard({ scope }: { scope: ReturnType<typeof useCadenceScope> }) {
  const { t } = useTranslation();
  const { year, asOf } = scope.scope;
  const book = useCadenceBook(year, asOf);
  const data = book.data;
  return (
    <Card
      data-testid="cadence-book"
      data-year={data?.year}
      data-as-of={data?.asOf}
      data-loaded={data !== null}
      size="small"
      title={t('cadence.book.title')}
      extra={<CadenceScopeControls scope={scope} />}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 8 } }}
    >
      {book.error ? (
        <LoadFailedAlert testId="cadence-book-error" title={t('cadence.book.loadFailed')} error={book.error} onRetry={() => void book.retry()} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : data.clients === 0 ? (
        <Empty data-testid="cadence-book-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cadence.book.empty')} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text data-testid="cadence-clients" data-count={data.clients} type="secondary">
            {t('cadence.book.clients', { count: formatCount(data.clients) })}
          </Typography.Text>
          <section aria-label={t('cadence.book.byStatus')}>
            <Typography.Title level={5}>{t('cadence.book.byStatus')}</Typography.Title>
            <StatusCards book={data} />
          </section>
          <section aria-label={t('cadence.book.byMeasure')}>
            <Typography.Title level={5}>{t('cadence.book.byMeasure')}</Typography.Title>
            <MeasureBreakdowns book={data} />
          </section>
          <section aria-label={t('cadence.coverage.title')}>
            <Typography.Title level={5}>{t('cadence.coverage.title')}</Typography.Title>
            <CoverageChart coverage={data.coverage} />
          </section>
        </Flex>
      )}
    </Card>
  );
}
