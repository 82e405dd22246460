import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api';
import { errorText } from '../api/errorText';

/** The host did not answer the first calls: say so and offer to try again. */
export function BootError({ error, onRetry }: { error: ApiError | null; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('app.bootFailed')}
      subTitle={error ? errorText(t, error) : undefined}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      }
    />
  );
}
