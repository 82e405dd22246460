import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Client360 } from '../../../../../shared/api';
import { formatWan, formatYuanExact } from '../../../../../shared/format';
import { TrendText } from '../../../components/TrendText';
import { useLanguage } from '../../../hooks/useLanguage';

/** Latest valuation date among the lines, or null. */
function asOf(holdings: Client360['holdings']): string | null {
  return holdings.reduce<string | null>((latest, line) => (latest === null || line.asOf > latest ? line.asOf : latest), null);
}

/** Total assets and unrealised gain, in 万/亿 with the exact figure beneath. */
export function HoldingsSummary({ data }: { data: Pick<Client360, 'totalFen' | 'gainFen' | 'holdings'> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = asOf(data.holdings);
  const sign = data.gainFen > 0 ? '+' : '';
  return (
    <Flex gap={48} wrap align="flex-end">
      <div>
        <Typography.Text type="secondary">{t('holdings.total')}</Typography.Text>
        <div data-testid="holdings-total" data-fen={data.totalFen} className="tabular-nums" style={{ fontSize: 24, fontWeight: 600 }}>
          {formatWan(data.totalFen, language)}
        </div>
        <Typography.Text type="secondary" className="tabular-nums">
          {formatYuanExact(data.totalFen)}
        </Typography.Text>
      </div>
      <div>
        <Typography.Text type="secondary">{t('holdings.gain')}</Typography.Text>
        <div style={{ fontSize: 20, fontWeight: 600 }}>
          <TrendText value={data.gainFen} testId="holdings-gain">
            <span data-fen={data.gainFen}>
              {sign}
              {formatWan(data.gainFen, language)}
            </span>
          </TrendText>
        </div>
        <Typography.Text type="secondary" className="tabular-nums">
          {sign}
          {formatYuanExact(data.gainFen)}
        </Typography.Text>
      </div>
      {date && (
        <Typography.Text type="secondary" className="tabular-nums">
          {t('holdings.asOf', { date })}
        </Typography.Text>
      )}
    </Flex>
  );
}
