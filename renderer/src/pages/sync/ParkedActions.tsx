import { DeleteOutlined, RedoOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { thrownText } from '../../api/errorText';
import { useDiscardParkedMutation, useRetryParkedMutation } from '../../store/endpoints/sync';

/**
 * Retry sends a refused change again (after the cause was fixed at the bank); discard drops the
 * local change and restores the bank's value, after a confirmation.
 */
export function ParkedActions({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [retry, retryState] = useRetryParkedMutation();
  const [discard, discardState] = useDiscardParkedMutation();
  const busy = retryState.isLoading || discardState.isLoading;

  const onRetry = async () => {
    try {
      await retry({ id }).unwrap();
      void message.success(t('parked.retried'));
    } catch (error) {
      void message.error(t('parked.failed', { message: thrownText(t, error) }));
    }
  };
  const onDiscard = async () => {
    try {
      await discard({ id }).unwrap();
      void message.success(t('parked.discarded'));
    } catch (error) {
      void message.error(t('parked.failed', { message: thrownText(t, error) }));
    }
  };

  return (
    <Space>
      <Button data-testid="parked-retry" size="small" icon={<RedoOutlined />} loading={retryState.isLoading} disabled={busy} onClick={() => void onRetry()}>
        {t('parked.retry')}
      </Button>
      <Popconfirm
        title={t('parked.discardTitle')}
        description={<div style={{ maxWidth: 320 }}>{t('parked.discardDescription')}</div>}
        okText={t('parked.discardOk')}
        cancelText={t('app.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'parked-discard-confirm' } as ButtonProps}
        onConfirm={() => onDiscard()}
      >
        <Button data-testid="parked-discard" size="small" danger icon={<DeleteOutlined />} loading={discardState.isLoading} disabled={busy}>
          {t('parked.discard')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
