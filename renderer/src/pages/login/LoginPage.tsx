import { Card, Flex, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/api';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import type { LoginRequest } from '../../store/api';
import { DemoCredentials } from './DemoCredentials';
import { LoginForm } from './LoginForm';

export function LoginPage({ appInfo }: { appInfo: AppInfo }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginRequest>();

  return (
    <Flex vertical style={{ minHeight: '100%', background: 'var(--ant-color-bg-layout, #f5f5f5)' }}>
      <Flex justify="flex-end" style={{ padding: 16 }}>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 16 }}>
        <main style={{ width: '100%', maxWidth: 420 }}>
          <Card>
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <div>
                <Typography.Title level={2} style={{ marginBottom: 4 }}>
                  {t('app.name')}
                </Typography.Title>
                <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
              </div>
              {appInfo.demoMode && appInfo.demoCredentials && (
                <DemoCredentials credentials={appInfo.demoCredentials} onFill={(credentials) => form.setFieldsValue(credentials)} />
              )}
              <LoginForm form={form} />
            </Space>
          </Card>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 12 }}>
            {t('app.tagline')}
            <br />
            {t('app.version', { version: appInfo.version })}
          </Typography.Paragraph>
        </main>
      </Flex>
    </Flex>
  );
}
