import { Button, Flex, Result, Skeleton } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { idSchema } from '../../../../shared/domain';
import { navigate, useRouteSection } from '../../navigation/routes';
import { Client360Body } from './Client360Body';
import { Client360Header } from './Client360Header';
import { useClient360 } from './useClient360';
import { LoadFailedAlert } from '../../components/LoadFailedAlert';

/** `#/clients/<id>`: everything about one client on one page. Keyed by client, so nothing of the previous one lingers. */
export function Client360Page() {
  const clientId = useRouteSection() ?? '';
  return <Client360View key={clientId} clientId={clientId} />;
}

function Client360View({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const valid = idSchema.safeParse(clientId).success;
  const { data, isLoading, error, retry } = useClient360(valid ? clientId : null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = data !== null;

  // Opened from the roster or the search, the focus was left nowhere: start the keyboard at the name.
  useEffect(() => {
    if (loaded && (document.activeElement === document.body || document.activeElement === null)) headingRef.current?.focus();
  }, [loaded]);

  const notFound = !valid || (!data && error?.code === 'NOT_FOUND');
  return (
    <Flex data-testid="client-360" data-client-id={clientId} data-loaded={loaded} vertical gap={16} style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
      <Client360Header client={data?.client ?? null} headingRef={headingRef} />
      {notFound ? (
        <Result
          data-testid="client360-not-found"
          status="404"
          title={t('clientDrawer.notFound')}
          extra={
            <Button type="primary" onClick={() => navigate('roster')}>
              {t('client360.back')}
            </Button>
          }
        />
      ) : data ? (
        <Client360Body data={data} />
      ) : error ? (
        <LoadFailedAlert testId="client360-load-error" title={t('clientDrawer.loadFailed')} error={error} onRetry={() => void retry()} />
      ) : (
        <Skeleton active loading={isLoading} paragraph={{ rows: 12 }} />
      )}
    </Flex>
  );
}
