import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/api';

type Credentials = NonNullable<AppInfo['demoCredentials']>;

/** Demo mode only: the demo account, and a button that fills it in. */
export function DemoCredentials({ credentials, onFill }: { credentials: Credentials; onFill: (credentials: Credentials) => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      data-testid="demo-credentials"
      type="info"
      showIcon
      title={t('login.demo.title')}
      description={
        <>
          <div>{t('login.demo.description', { username: credentials.username, password: credentials.password })}</div>
          <Button size="small" data-testid="demo-fill" onClick={() => onFill(credentials)} style={{ marginTop: 8 }}>
            {t('login.demo.fill')}
          </Button>
        </>
      }
    />
  );
}
