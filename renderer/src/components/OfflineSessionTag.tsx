import { DisconnectOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** Signed in against the local password hash because the bank was unreachable. */
export function OfflineSessionTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('app.offlineSessionHint')}>
      <Tag data-testid="offline-session" color="warning" icon={<DisconnectOutlined />}>
        {t('app.offlineSession')}
      </Tag>
    </Tooltip>
  );
}
