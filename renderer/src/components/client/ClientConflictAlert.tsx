import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/routes';
import { clientDrawerClosed } from '../../store/drawerSlice';
import { useAppDispatch } from '../../store/hooks';

/**
 * A local edit met a newer version at the bank: say so and lead to the conflicts tab. The 360
 * page passes its own test ids, since the drawer (with the defaults) can be open over it.
 */
export function ClientConflictAlert({ testId = 'client-conflict', openTestId = 'client-conflict-open' }: { testId?: string; openTestId?: string }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const open = () => {
    dispatch(clientDrawerClosed());
    navigate('sync', 'conflicts');
  };
  return (
    <Alert
      data-testid={testId}
      type="warning"
      showIcon
      title={t('clientDrawer.conflictTitle')}
      description={t('clientDrawer.conflictHint')}
      action={
        <Button data-testid={openTestId} size="small" onClick={open}>
          {t('clientDrawer.conflictOpen')}
        </Button>
      }
    />
  );
}
