import { Layout } from 'antd';
import type { AppInfo, SessionInfo } from '../../../shared/api';
import { SyncErrorBanner } from '../components/SyncErrorBanner';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';
import { PAGES } from './pages';
import { useRoute } from './routes';

/** The signed-in desk: navigation on the side, status on top, the current page filling the rest. */
export function AppLayout({ appInfo, session }: { appInfo: AppInfo; session: SessionInfo }) {
  const Page = PAGES[useRoute()];
  return (
    <Layout style={{ height: '100%' }}>
      <AppHeader appInfo={appInfo} session={session} />
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={64}>
          <NavMenu />
        </Layout.Sider>
        <Layout.Content style={{ display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0 }}>
          <SyncErrorBanner />
          <main style={{ flex: 1, minHeight: 0, padding: 16, display: 'flex', flexDirection: 'column' }}>
            <Page />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
