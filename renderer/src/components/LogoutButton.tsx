import { LogoutOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { thrownText } from '../api/errorText';
import { useLogoutMutation } from '../store/endpoints/session';

/** Signs out. The header shows it as a button (`logout`), the lock screen as a link (`lock-logout`). */
export function LogoutButton({ testId = 'logout', type }: { testId?: string; type?: ButtonProps['type'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [logout, { isLoading }] = useLogoutMutation();
  const onClick = async () => {
    try {
      await logout().unwrap();
    } catch (error) {
      void message.error(thrownText(t, error));
    }
  };
  return (
    <Button data-testid={testId} type={type} icon={<LogoutOutlined />} loading={isLoading} onClick={() => void onClick()}>
      {t('header.logout')}
    </Button>
  );
}
