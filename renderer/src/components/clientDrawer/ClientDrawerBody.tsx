import { Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError, ClientDetail } from '../../../../shared/api';
import { ClientReportsSection } from '../reports/ClientReportsSection';
import { ClientConflictAlert } from '../client/ClientConflictAlert';
import { ClientEditForm } from './ClientEditForm';
import { ClientProfile } from './ClientProfile';
import { InteractionTimeline } from '../interactions/InteractionTimeline';
import { LoadFailedAlert } from '../LoadFailedAlert';

interface ClientDrawerBodyProps {
  client: ClientDetail | null;
  isLoading: boolean;
  error: ApiError | null;
  onRetry: () => void;
  /** False over the client's 360 page, which shows the timeline and the reports already. */
  withTimeline: boolean;
}

/** Profile, the edit form, the interactions and the reports, once the client is here. */
export function ClientDrawerBody({ client, isLoading, error, onRetry, withTimeline }: ClientDrawerBodyProps) {
  const { t } = useTranslation();
  if (!client) {
    if (error) {
      return (
        <LoadFailedAlert
          testId="client-load-error"
          title={error.code === 'NOT_FOUND' ? t('clientDrawer.notFound') : t('clientDrawer.loadFailed')}
          error={error}
          onRetry={onRetry}
        />
      );
    }
    return <Skeleton active loading={isLoading} paragraph={{ rows: 8 }} />;
  }
  return (
    <Flex vertical gap={16}>
      {client.inConflict && <ClientConflictAlert />}
      <ClientProfile client={client} />
      <ClientEditForm client={client} />
      {withTimeline && <InteractionTimeline client={client} />}
      {withTimeline && <ClientReportsSection clientId={client.id} />}
    </Flex>
  );
}
