import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo, SessionInfo } from '../../../../shared/api';
import { LogoutButton } from '../../components/LogoutButton';
import { OutsideDeskPage } from '../../components/OutsideDeskPage';
import { UnlockForm } from './UnlockForm';

/**
 * The locked desk: the whole window, no client data mounted behind it. Only the advisor's own
 * name is shown, with the password field to unlock and a way to sign out instead.
 */
export function LockScreen({ appInfo, session }: { appInfo: AppInfo; session: SessionInfo }) {
  const { t } = useTranslation();
  return (
    <OutsideDeskPage testId="lock-screen" maxWidth={400}>
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
    </OutsideDeskPage>
  );
}
