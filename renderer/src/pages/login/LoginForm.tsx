import { UserOutlined } from '@ant-design/icons';
import type { FormInstance } from 'antd';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { loginRequestSchema } from '../../../../shared/wire/auth';
import { PasswordFormItem } from '../../components/PasswordFormItem';
import { maxLengthOf } from '../../fields/schemaLimits';
import { asApiError } from '../../api/errors';
import { errorText } from '../../api/errorText';
import type { LoginRequest } from '../../store/endpoints/session';
import { useLoginMutation } from '../../store/endpoints/session';

/** The contract's limit (shared/wire/auth), checked here too for a friendly message. */
const USERNAME_MAX = maxLengthOf(loginRequestSchema.shape.username);

/**
 * Username and password. Enter in either field submits; a failed sign-in is shown above the
 * button. On success the session slice switches the app to the desk.
 */
export function LoginForm({ form }: { form: FormInstance<LoginRequest> }) {
  const { t } = useTranslation();
  const [login, { isLoading, error }] = useLoginMutation();
  const apiError = asApiError(error);

  const onFinish = (values: LoginRequest) => {
    // The outcome lands in the store: the session slice on success, `error` here on failure.
    void login({ username: values.username.trim(), password: values.password });
  };

  return (
    <Form<LoginRequest> form={form} name="login" layout="vertical" requiredMark={false} onFinish={onFinish} disabled={isLoading}>
      <Form.Item
        label={t('login.username')}
        name="username"
        rules={[
          { required: true, whitespace: true, message: t('login.usernameRequired') },
          { max: USERNAME_MAX, message: t('login.usernameTooLong', { max: USERNAME_MAX }) },
        ]}
      >
        <Input data-testid="login-username" prefix={<UserOutlined />} placeholder={t('login.usernamePlaceholder')} autoComplete="username" autoFocus />
      </Form.Item>
      <PasswordFormItem testId="login-password" />
      {apiError && (
        <Form.Item>
          <Alert data-testid="login-error" data-code={apiError.code} type="error" showIcon title={t('login.failedTitle')} description={errorText(t, apiError)} role="alert" />
        </Form.Item>
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={isLoading}>
          {t('login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
