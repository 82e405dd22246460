import { LogoutOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/errors';
import { useLogoutMutation } from '../store/api';

export function LogoutButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [logout, { isLoading }] = useLogoutMutation();
  const onClick = async () => {
    try {
      await logout().unwrap();
    } catch (error) {
      void message.error(toApiError(error).message);
    }
  };
  return (
    <Button data-testid="logout" icon={<LogoutOutlined />} loading={isLoading} onClick={() => void onClick()}>
      {t('header.logout')}
    </Button>
  );
}
