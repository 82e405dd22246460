import { CloudSyncOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { App, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thrownText } from '../../api/errorText';
import { useSyncResyncMutation } from '../../store/endpoints/sync';
import { useAppSelector } from '../../store/hooks';
import { selectSyncStatus } from '../../store/syncSlice';

/**
 * 全量重新同步: rebuilds the local copy from the bank, after a confirmation that says unsent
 * local changes are kept. Progress shows in the status bar.
 */
export function ResyncButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [resync, { isLoading }] = useSyncResyncMutation();
  const running = useAppSelector(selectSyncStatus)?.resync != null;

  const onOk = async () => {
    try {
      await resync().unwrap();
      setOpen(false);
      void message.info(t('resync.started'));
    } catch (error) {
      setOpen(false);
      void message.error(t('resync.failed', { message: thrownText(t, error) }));
    }
  };

  return (
    <>
      <Button data-testid="sync-resync" icon={<CloudSyncOutlined />} disabled={running} onClick={() => setOpen(true)}>
        {running ? t('resync.running') : t('resync.button')}
      </Button>
      <Modal
        open={open}
        title={t('resync.confirmTitle')}
        okText={t('resync.confirmOk')}
        cancelText={t('app.cancel')}
        confirmLoading={isLoading}
        okButtonProps={{ 'data-testid': 'sync-resync-confirm' } as ButtonProps}
        onOk={() => void onOk()}
        onCancel={() => setOpen(false)}
      >
        <Typography.Paragraph>{t('resync.confirmBody')}</Typography.Paragraph>
        <Typography.Paragraph strong>{t('resync.confirmKeeps')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('resync.confirmProgress')}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
