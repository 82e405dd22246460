import { CloudUploadOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function InteractionPendingTag() {
  const { t } = useTranslation();
  return (
    <Tag data-testid="interaction-pending" color="processing" icon={<CloudUploadOutlined />} title={t('clientDrawer.pendingHint')}>
      {t('clientDrawer.pending')}
    </Tag>
  );
}
