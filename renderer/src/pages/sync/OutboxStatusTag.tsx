import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../../../shared/api';

const COLORS: Record<OutboxItem['status'], string> = { pending: 'processing', parked: 'warning', conflict: 'error' };

export function OutboxStatusTag({ status }: { status: OutboxItem['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`outbox.status.${status}`)}
    </Tag>
  );
}
