import { TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Route } from './routes';
import { navigate, useRoute } from './routes';

/** The side navigation: only pages that work today. */
export function NavMenu() {
  const { t } = useTranslation();
  const route = useRoute();
  const items: MenuProps['items'] = [
    { key: 'roster', icon: <TeamOutlined />, label: <span data-testid="nav-roster">{t('nav.roster')}</span> },
  ];
  return (
    <nav aria-label={t('nav.label')}>
      <Menu mode="inline" selectedKeys={[route]} items={items} onClick={({ key }) => navigate(key as Route)} style={{ borderInlineEnd: 'none' }} />
    </nav>
  );
}
