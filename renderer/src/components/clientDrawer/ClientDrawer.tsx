import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { ClientDrawerBody } from './ClientDrawerBody';
import { ClientDrawerTitle } from './ClientDrawerTitle';
import { useClientDetail } from '../../hooks/useClientDetail';

/** One client's drawer: name and pending mark on top, the body below. */
export function ClientDrawer({ clientId, onClose, withTimeline = true }: { clientId: string; onClose: () => void; withTimeline?: boolean }) {
  const { t } = useTranslation();
  const detail = useClientDetail(clientId);
  return (
    <Drawer
      data-testid="client-drawer"
      data-client-id={clientId}
      open
      size={760}
      title={detail.client ? <ClientDrawerTitle client={detail.client} /> : t('clientDrawer.loading')}
      onClose={onClose}
      closable={{ 'aria-label': t('clientDrawer.close') }}
    >
      <ClientDrawerBody client={detail.client} isLoading={detail.isLoading} error={detail.error} onRetry={() => void detail.retry()} withTimeline={withTimeline} />
    </Drawer>
  );
}
