import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { selectCoreRecovering } from '../store/coreSlice';
import { useAppSelector } from '../store/hooks';

/**
 * 正在恢复: the desk's core stopped on its own and the host is starting it again. What the RM
 * was waiting for is asked again once it is back; nothing saved before is lost.
 */
export function CoreRecoveringBanner() {
  const { t } = useTranslation();
  if (!useAppSelector(selectCoreRecovering)) return null;
  return <Alert data-testid="core-recovering" banner showIcon type="info" title={t('app.recoveringTitle')} description={t('app.recoveringHint')} />;
}
