import { CalendarOutlined, FilePdfOutlined, MessageOutlined, SyncOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Badge, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChatStatus } from '../pages/chat/useChatStatus';
import { useAppSelector } from '../store/hooks';
import { selectSyncStatus } from '../store/syncSlice';
import type { Route } from '../navigation/routes';
import { navigate, useRoute } from '../navigation/routes';

/** The side navigation: only pages that work today. The chat entry counts unread messages, the sync entry what needs the RM. */
export function NavMenu() {
  const { t } = useTranslation();
  const route = useRoute();
  // A client's 360 page and report page belong to the roster.
  const selected = route === 'clients' || route === 'reports' ? 'roster' : route;
  const status = useAppSelector(selectSyncStatus);
  const needsAttention = (status?.parked ?? 0) + (status?.conflicts ?? 0);
  const unread = useChatStatus()?.unread ?? 0;
  const items: MenuProps['items'] = [
    { key: 'roster', icon: <TeamOutlined />, label: <span data-testid="nav-roster">{t('nav.roster')}</span> },
    { key: 'cadence', icon: <CalendarOutlined />, label: <span data-testid="nav-cadence">{t('nav.cadence')}</span> },
    { key: 'batch', icon: <FilePdfOutlined />, label: <span data-testid="nav-batch">{t('nav.batch')}</span> },
    {
      key: 'chat',
      icon: <MessageOutlined />,
      label: (
        <span data-testid="nav-chat" data-unread={unread}>
          {t('nav.chat')} <Badge count={unread} size="small" title={t('nav.chatUnread', { count: unread })} />
        </span>
      ),
    },
    {
      key: 'sync',
      icon: <SyncOutlined />,
      label: (
        <span data-testid="nav-sync">
          {t('nav.sync')} <Badge count={needsAttention} size="small" title={t('nav.syncAttention', { count: needsAttention })} />
        </span>
      ),
    },
  ];
  return (
    <nav aria-label={t('nav.label')}>
      <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={({ key }) => navigate(key as Route)} style={{ borderInlineEnd: 'none' }} />
    </nav>
  );
}
