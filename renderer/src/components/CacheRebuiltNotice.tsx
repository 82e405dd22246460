import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/api';
import { useAppDispatch, useAppSelector } from '../store/hooks';
import { cacheRebuiltDismissed, selectCacheRebuiltDismissed } from '../store/noticeSlice';

/** This sign-in found the local copy unreadable and rebuilt it from the bank: say so once. */
export function CacheRebuiltNotice({ cacheRebuilt }: { cacheRebuilt: SessionInfo['cacheRebuilt'] }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const dismissed = useAppSelector(selectCacheRebuiltDismissed);
  if (!cacheRebuilt || dismissed) return null;
  return (
    <Alert
      data-testid="cache-rebuilt"
      data-recovered={cacheRebuilt.recoveredChanges}
      banner
      showIcon
      type="info"
      closable={{ onClose: () => dispatch(cacheRebuiltDismissed()) }}
      title={t('app.cacheRebuiltTitle')}
      description={
        <>
          <div>{t('app.cacheRebuiltDescription')}</div>
          {cacheRebuilt.recoveredChanges > 0 && <div>{t('app.cacheRebuiltRecovered', { count: cacheRebuilt.recoveredChanges })}</div>}
        </>
      }
    />
  );
}
