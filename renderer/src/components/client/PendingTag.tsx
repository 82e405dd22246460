import { CloudUploadOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** 待同步: saved here, not yet accepted by the bank. */
export function PendingTag({ testId, field }: { testId: string; field?: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('clientDrawer.pendingHint')}>
      <Tag data-testid={testId} data-field={field} color="processing" icon={<CloudUploadOutlined />} style={{ marginInlineStart: 8, marginInlineEnd: 0 }}>
        {t('clientDrawer.pending')}
      </Tag>
    </Tooltip>
  );
}
