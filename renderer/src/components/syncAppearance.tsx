import { CheckCircleOutlined, CloseCircleOutlined, DisconnectOutlined, QuestionCircleOutlined, SyncOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { SyncStatus } from '../../../shared/api';

/** How each sync state looks: an antd status colour and an icon. */
export const SYNC_APPEARANCE: Record<SyncStatus['state'], { color: string; icon: ReactNode }> = {
  idle: { color: 'success', icon: <CheckCircleOutlined /> },
  syncing: { color: 'processing', icon: <SyncOutlined spin /> },
  offline: { color: 'warning', icon: <DisconnectOutlined /> },
  error: { color: 'error', icon: <CloseCircleOutlined /> },
};

export const UNKNOWN_SYNC_APPEARANCE = { color: 'default', icon: <QuestionCircleOutlined /> };
