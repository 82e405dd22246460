import { CheckCircleFilled, DisconnectOutlined, QuestionCircleOutlined, SyncOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/api';
import type { ConnectionState } from './syncFigures';
import { connectionState } from './syncFigures';

const APPEARANCE: Record<ConnectionState, { color: string; icon: ReactNode }> = {
  online: { color: 'var(--ant-color-success, #52c41a)', icon: <CheckCircleFilled /> },
  syncing: { color: 'var(--ant-color-primary, #1d4f91)', icon: <SyncOutlined spin /> },
  offline: { color: 'var(--ant-color-warning, #faad14)', icon: <DisconnectOutlined /> },
  unknown: { color: 'var(--ant-color-text-tertiary, rgba(0,0,0,0.45))', icon: <QuestionCircleOutlined /> },
};

/** Online, offline or syncing, with icon and colour; `data-online` says whether the bank answered. */
export function ConnectionStatus({ status }: { status: SyncStatus | null }) {
  const { t } = useTranslation();
  const state = connectionState(status);
  const { color, icon } = APPEARANCE[state];
  return (
    <span data-testid="status-online" data-online={String(status?.online ?? false)} data-state={state} style={{ color, whiteSpace: 'nowrap' }}>
      {icon} {t(`statusBar.connection.${state}`)}
    </span>
  );
}
