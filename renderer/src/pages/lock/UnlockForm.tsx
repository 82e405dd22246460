import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/errors';
import type { UnlockRequest } from '../../store/api';
import { useUnlockMutation } from '../../store/api';
import { unlockErrorMessage } from './unlockError';

/** Limit of `session.unlock`'s input (shared/api/contract). */
const PASSWORD_MAX = 256;

/** The advisor's password; on success the session slice shows the desk again. */
export function UnlockForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<UnlockRequest>();
  const [unlock, { isLoading, error }] = useUnlockMutation();
  const apiError = asApiError(error);

  const onFinish = async ({ password }: UnlockRequest) => {
    try {
      await unlock({ password }).unwrap();
    } catch {
      // Shown from the mutation's error below; a wrong password is typed again from scratch.
      form.setFieldValue('password', '');
    }
  };

  return (
    <Form<UnlockRequest> form={form} name="unlock" layout="vertical" requiredMark={false} onFinish={(values) => void onFinish(values)} disabled={isLoading}>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[
          { required: true, message: t('login.passwordRequired') },
          { max: PASSWORD_MAX, message: t('login.passwordTooLong', { max: PASSWORD_MAX }) },
        ]}
      >
        <Input.Password data-testid="lock-password" prefix={<LockOutlined />} placeholder={t('login.passwordPlaceholder')} autoComplete="current-password" autoFocus />
      </Form.Item>
      {apiError && (
        <Form.Item>
          <Alert data-testid="lock-error" data-code={apiError.code} type="error" showIcon title={t('lock.failedTitle')} description={unlockErrorMessage(apiError, t)} role="alert" />
        </Form.Item>
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button data-testid="lock-submit" type="primary" htmlType="submit" block loading={isLoading}>
          {t('lock.unlock')}
        </Button>
      </Form.Item>
    </Form>
  );
}
