import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Timeline } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail, InteractionRow } from '../../../../shared/api';
import { asApiError } from '../../api/errors';
import { useAdvisorArg } from '../../hooks/useAdvisorArg';
import { useInteractionsQuery } from '../../store/endpoints/interactions';
import { InteractionFormModal } from './InteractionFormModal';
import { InteractionItem } from './InteractionItem';
import { timelineOrder } from './interactionForm';
import { LoadFailedAlert } from '../LoadFailedAlert';

/** The client's interactions, newest first, and the button to log a new one. */
export function InteractionTimeline({ client }: { client: Pick<ClientDetail, 'id' | 'preferredChannel'> }) {
  const { t } = useTranslation();
  const query = useInteractionsQuery(useAdvisorArg({ clientId: client.id }));
  const rows = useMemo(() => timelineOrder(query.data ?? []), [query.data]);
  const [form, setForm] = useState<{ open: boolean; editing: InteractionRow | null }>({ open: false, editing: null });
  const error = asApiError(query.error);

  return (
    <Card
      size="small"
      title={t('interactions.title')}
      extra={
        <Button data-testid="interaction-log-open" type="primary" size="small" icon={<PlusOutlined />} onClick={() => setForm({ open: true, editing: null })}>
          {t('interactions.logOpen')}
        </Button>
      }
    >
      <Flex data-testid="interaction-list" data-count={rows.length} vertical>
        {query.isLoading && <Skeleton active paragraph={{ rows: 3 }} />}
        {error && !query.data && (
          <LoadFailedAlert title={t('interactions.loadFailed')} error={error} onRetry={() => void query.refetch()} />
        )}
        {query.data && rows.length === 0 && <Empty data-testid="interaction-empty" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('interactions.empty')} />}
        {rows.length > 0 && (
          <Timeline
            style={{ marginTop: 8 }}
            items={rows.map((row) => ({
              key: row.id,
              color: row.isAllocationReview ? 'gold' : 'blue',
              content: <InteractionItem row={row} onEdit={(editing) => setForm({ open: true, editing })} />,
            }))}
          />
        )}
      </Flex>
      <InteractionFormModal
        open={form.open}
        clientId={client.id}
        preferredChannel={client.preferredChannel}
        editing={form.editing}
        onClose={() => setForm((current) => ({ ...current, open: false }))}
      />
    </Card>
  );
}
