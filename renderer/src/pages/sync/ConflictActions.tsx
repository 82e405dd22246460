import { CloudDownloadOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictResolveRequest } from '../../store/endpoints/sync';
import { useResolveConflictMutation } from '../../store/endpoints/sync';
import { thrownText } from '../../api/errorText';

/** The RM's choice: send my change over the bank's newer version, or take the bank's. */
export function ConflictActions({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [resolve, { isLoading, originalArgs }] = useResolveConflictMutation();

  const choose = async (choice: ConflictResolveRequest['choice']) => {
    try {
      await resolve({ id, choice }).unwrap();
      void message.success(choice === 'mine' ? t('conflicts.keptMine') : t('conflicts.tookTheirs'));
    } catch (error) {
      void message.error(t('conflicts.failed', { message: thrownText(t, error) }));
    }
  };
  const loading = (choice: ConflictResolveRequest['choice']) => isLoading && originalArgs?.choice === choice;

  return (
    <Space wrap>
      <Button data-testid="conflict-keep-mine" type="primary" icon={<UserOutlined />} loading={loading('mine')} disabled={isLoading} onClick={() => void choose('mine')}>
        {t('conflicts.keepMine')}
      </Button>
      <Button data-testid="conflict-take-theirs" icon={<CloudDownloadOutlined />} loading={loading('theirs')} disabled={isLoading} onClick={() => void choose('theirs')}>
        {t('conflicts.takeTheirs')}
      </Button>
    </Space>
  );
}
