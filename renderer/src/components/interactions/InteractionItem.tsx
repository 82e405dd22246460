import { Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { InteractionRow } from '../../../../shared/api';
import { themeLabel } from '../../fields/interactionThemes';
import { InteractionActions } from './InteractionActions';
import { InteractionPendingTag } from './InteractionPendingTag';

/** One contact with the client: when, how, about what, and what was said and agreed. */
export function InteractionItem({ row, onEdit }: { row: InteractionRow; onEdit: (row: InteractionRow) => void }) {
  const { t } = useTranslation();
  return (
    <Flex data-testid="interaction-item" data-id={row.id} vertical gap={4}>
      <Flex align="center" justify="space-between" gap={8} wrap>
        <Flex align="center" gap={8} wrap>
          <Typography.Text strong className="tabular-nums">
            {dayjs(row.occurredAt).format('YYYY-MM-DD HH:mm')}
          </Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{t(`channel.${row.channel}`)}</Tag>
          {row.theme && <span data-testid="interaction-theme-text">{themeLabel(row.theme, t)}</span>}
          {row.isAllocationReview && (
            <Tag data-testid="interaction-allocation-mark" color="gold" style={{ marginInlineEnd: 0 }}>
              {t('interactions.allocationReviewMark')}
            </Tag>
          )}
          {row.pending && <InteractionPendingTag />}
        </Flex>
        <InteractionActions row={row} onEdit={onEdit} />
      </Flex>
      {row.summary && (
        <Typography.Paragraph data-testid="interaction-summary-text" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 4, expandable: true, symbol: t('common.expand') }}>
          {row.summary}
        </Typography.Paragraph>
      )}
      {row.nextSteps && (
        <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
          {t('interactions.nextStepsPrefix', { text: row.nextSteps })}
        </Typography.Text>
      )}
    </Flex>
  );
}
