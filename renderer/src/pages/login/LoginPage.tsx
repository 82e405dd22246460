import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/api';
import { OutsideDeskPage } from '../../components/OutsideDeskPage';
import type { LoginRequest } from '../../store/endpoints/session';
import { DemoCredentials } from './DemoCredentials';
import { LoginForm } from './LoginForm';

export function LoginPage({ appInfo }: { appInfo: AppInfo }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();

  return (
    <OutsideDeskPage
      maxWidth={420}
      footer={
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 12 }}>
          {t('app.tagline')}
          <br />
          {t('app.version', { version: appInfo.version })}
        </Typography.Paragraph>
      }
    >
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
      </div>
      {appInfo.demoMode && appInfo.demoCredentials && <DemoCredentials credentials={appInfo.demoCredentials} onFill={(credentials) => form.setFieldsValue(credentials)} />}
      <LoginForm form={form} />
    </OutsideDeskPage>
  );
}
