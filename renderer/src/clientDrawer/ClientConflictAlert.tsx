import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/routes';
import { clientDrawerClosed } from '../store/drawerSlice';
import { useAppDispatch } from '../store/hooks';

/** A local edit met a newer version at the bank: say so and lead to the conflicts tab. */
export function ClientConflictAlert() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const open = () => {
    dispatch(clientDrawerClosed());
    navigate('sync', 'conflicts');
  };
  return (
    <Alert
      data-testid="client-conflict"
      type="warning"
      showIcon
      title={t('clientDrawer.conflictTitle')}
      description={t('clientDrawer.conflictHint')}
      action={
        <Button data-testid="client-conflict-open" size="small" onClick={open}>
          {t('clientDrawer.conflictOpen')}
        </Button>
      }
    />
  );
}
