import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/routes';
import { useAppDispatch } from '../../store/hooks';
import { rosterSelectionCleared } from '../../store/rosterSelectionSlice';

/** While clients are ticked: how many, a way to the batch report for them, and untick all. */
export function RosterSelectionBar({ count }: { count: number }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  return (
    <Flex data-testid="roster-selection" data-count={count} align="center" gap={8}>
      <Typography.Text className="tabular-nums">{t('roster.selection.count', { count })}</Typography.Text>
      <Button data-testid="roster-selection-batch" size="small" type="primary" icon={<FilePdfOutlined />} onClick={() => navigate('batch')}>
        {t('roster.selection.batch')}
      </Button>
      <Button data-testid="roster-selection-clear" size="small" onClick={() => dispatch(rosterSelectionCleared())}>
        {t('roster.selection.clear')}
      </Button>
    </Flex>
  );
}
