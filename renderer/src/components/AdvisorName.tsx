import { UserOutlined } from '@ant-design/icons';
import { Avatar, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Advisor } from '../../../shared/domain';

/** The signed-in advisor; title, branch and employee number in the tooltip. */
export function AdvisorName({ advisor }: { advisor: Advisor }) {
  const { t } = useTranslation();
  const details = [advisor.nameEn, advisor.title, advisor.branch, advisor.employeeNo].filter(Boolean).join(' · ');
  return (
    <Tooltip
      title={
        <>
          <div>{t('header.advisor')}</div>
          {details && <div>{details}</div>}
        </>
      }
    >
      <Flex align="center" gap={8}>
        <Avatar size="small" icon={<UserOutlined />} />
        <span data-testid="advisor-name" style={{ whiteSpace: 'nowrap' }}>
          {advisor.name}
        </span>
      </Flex>
    </Tooltip>
  );
}
