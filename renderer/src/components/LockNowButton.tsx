import { LockOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { thrownText } from '../api/errorText';
import { useLockMutation } from '../store/endpoints/session';

/** Locks the desk at once (stepping away from the PC); the session stays, client data is hidden. */
export function LockNowButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [lock, { isLoading }] = useLockMutation();
  const onClick = async () => {
    try {
      await lock().unwrap();
    } catch (error) {
      void message.error(t('lock.lockFailed', { message: thrownText(t, error) }));
    }
  };
  return (
    <Tooltip title={t('lock.lockNowHint')}>
      <Button data-testid="lock-now" icon={<LockOutlined />} loading={isLoading} onClick={() => void onClick()}>
        {t('lock.lockNow')}
      </Button>
    </Tooltip>
  );
}
