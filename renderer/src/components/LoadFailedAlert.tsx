import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api';
import { useErrorText } from '../api/errorText';

interface LoadFailedAlertProps {
  /** What did not load: "客户名册加载失败". */
  title: string;
  /** Why, when known: its reason in words (`data-code` carries the code). */
  error: ApiError | null;
  onRetry: () => void;
  testId?: string;
  /** A warning when the rest of the view still works without it. */
  type?: 'error' | 'warning';
  style?: CSSProperties;
}

/** Something failed to load: what, why in the RM's language, and 重试. */
export function LoadFailedAlert({ title, error, onRetry, testId, type = 'error', style }: LoadFailedAlertProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <Alert
      data-testid={testId}
      data-code={error?.code}
      type={type}
      showIcon
      title={title}
      description={error ? errorText(error) : undefined}
      action={<Button onClick={onRetry}>{t('app.retry')}</Button>}
      style={style}
    />
  );
}
