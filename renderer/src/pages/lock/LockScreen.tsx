import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo, SessionInfo } from '../../../../shared/api';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { LogoutButton } from '../../components/LogoutButton';
import { UnlockForm } from './UnlockForm';

/**
 * The locked desk: the whole window, no client data mounted behind it. Only the advisor's own
 * name is shown, with the password field to unlock and a way to sign out instead.
 */
export function LockScreen({ appInfo, session }: { appInfo: AppInfo; session: SessionInfo }) {
  const { t } = useTranslation();
  return (
    <Flex data-testid="lock-screen" vertical style={{ minHeight: '100%', background: 'var(--ant-color-bg-layout, #f5f5f5)' }}>
      <Flex justify="flex-end" style={{ padding: 16 }}>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 16 }}>
        <main style={{ width: '100%', maxWidth: 400 }}>
          <Card>
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <Flex vertical align="center" gap={8}>
                <Avatar size={56} icon={<UserOutlined />} />
                <Typography.Title level={4} style={{ margin: 0 }} data-testid="lock-advisor">
                  {session.advisor.name}
                </Typography.Title>
                <Typography.Text type="secondary">
                  <LockOutlined /> {t('lock.title')}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
                  {t('lock.hint', { minutes: appInfo.autoLockMinutes })}
                </Typography.Text>
              </Flex>
              <UnlockForm />
              <Flex justify="center">
                <LogoutButton testId="lock-logout" type="link" />
              </Flex>
            </Space>
          </Card>
        </main>
      </Flex>
    </Flex>
  );
}
