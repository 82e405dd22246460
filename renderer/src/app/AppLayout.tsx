import { Layout } from 'antd';
import type { AppInfo, SessionInfo } from '../../../shared/api';
import { ClientDrawerHost } from '../components/clientDrawer/ClientDrawerHost';
import { CacheRebuiltNotice } from '../components/CacheRebuiltNotice';
import { StatusBar } from '../components/statusBar/StatusBar';
import { CoreRecoveringBanner } from '../components/CoreRecoveringBanner';
import { SyncErrorBanner } from '../components/SyncErrorBanner';
import { useNotificationPermission } from '../pages/chat/notify/useNotificationPermission';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';
import { PAGES } from './pages';
import { useRoute } from '../navigation/routes';
import { useActivityPings } from './useActivityPings';
import { useSyncWhenOnline } from './useSyncWhenOnline';

/**
 * The signed-in, unlocked desk: navigation on the side, header on top, the status bar below, the
 * current page filling the rest, and the client drawer over it when one is open.
 */
export function AppLayout({ appInfo, session }: { appInfo: AppInfo; session: SessionInfo }) {
  const Page = PAGES[useRoute()];
  useActivityPings();
  useSyncWhenOnline();
  useNotificationPermission();
  return (
    <Layout style={{ height: '100%' }}>
      <AppHeader appInfo={appInfo} session={session} />
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={64}>
          <NavMenu />
        </Layout.Sider>
        <Layout.Content style={{ display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0 }}>
          <CoreRecoveringBanner />
          <SyncErrorBanner />
          <CacheRebuiltNotice cacheRebuilt={session.cacheRebuilt} />
          <main style={{ flex: 1, minHeight: 0, padding: 16, display: 'flex', flexDirection: 'column' }}>
            <Page />
          </main>
        </Layout.Content>
      </Layout>
      <StatusBar />
      <ClientDrawerHost />
    </Layout>
  );
}
