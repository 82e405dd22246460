import { Divider, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo, SessionInfo } from '../../../shared/api';
import { AdvisorName } from '../components/AdvisorName';
import { DemoBadge } from '../components/DemoBadge';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LockNowButton } from '../components/LockNowButton';
import { LogoutButton } from '../components/LogoutButton';
import { OfflineSessionTag } from '../components/OfflineSessionTag';
import { ClientSearch } from '../components/search/ClientSearch';
import { SyncNowButton } from '../components/SyncNowButton';
import { SyncStatusIndicator } from '../components/SyncStatusIndicator';

export function AppHeader({ appInfo, session }: { appInfo: AppInfo; session: SessionInfo }) {
  const { t } = useTranslation();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        paddingInline: 16,
        background: 'var(--ant-color-bg-container, #fff)',
        borderBottom: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
      }}
    >
      <Flex align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography.Title>
        {appInfo.demoMode && <DemoBadge />}
        {session.mode === 'offline' && <OfflineSessionTag />}
      </Flex>
      <Flex align="center" style={{ flex: 1, minWidth: 0 }}>
        <ClientSearch />
      </Flex>
      <Flex align="center" gap={8}>
        <SyncStatusIndicator />
        <SyncNowButton />
      </Flex>
      <Divider orientation="vertical" />
      <LanguageSwitch />
      <Divider orientation="vertical" />
      <Flex align="center" gap={8}>
        <AdvisorName advisor={session.advisor} />
        <LockNowButton />
        <LogoutButton />
      </Flex>
    </Layout.Header>
  );
}
