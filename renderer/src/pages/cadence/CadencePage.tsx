import type { TabsProps } from 'antd';
import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate, useRouteSection } from '../../navigation/routes';
import { CadenceOverview } from './CadenceOverview';
import type { CadenceTab } from './cadenceTabs';
import { cadenceTabOf, cadenceTabSection } from './cadenceTabs';
import { YearPlan } from './plan/YearPlan';
import './cadence.css';

/** 12-4-2-1 服务进度 (`#/cadence`): the book's dashboard and this month's worklist, and the year plan (`#/cadence/plan`). */
export function CadencePage() {
  const { t } = useTranslation();
  const tab = cadenceTabOf(useRouteSection());
  const items: TabsProps['items'] = [
    { key: 'overview', label: <span data-testid="cadence-tab-overview">{t('cadence.tabs.overview')}</span>, children: <CadenceOverview /> },
    { key: 'plan', label: <span data-testid="cadence-tab-plan">{t('cadence.tabs.plan')}</span>, children: <YearPlan /> },
  ];
  return (
    <Flex data-testid="cadence-page" vertical gap={4} style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('cadence.title')}
      </Typography.Title>
      <Tabs activeKey={tab} items={items} destroyOnHidden onChange={(key) => navigate('cadence', cadenceTabSection(key as CadenceTab))} />
    </Flex>
  );
}
