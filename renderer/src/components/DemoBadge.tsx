import { ExperimentOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <Tag data-testid="demo-badge" color="orange" icon={<ExperimentOutlined />}>
      {t('app.demoMode')}
    </Tag>
  );
}
