import { Alert, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordFormItem } from '../../components/PasswordFormItem';
import { asApiError } from '../../api/errors';
import type { UnlockRequest } from '../../store/endpoints/session';
import { useUnlockMutation } from '../../store/endpoints/session';
import { unlockErrorMessage } from './unlockError';


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
      <PasswordFormItem testId="lock-password" autoFocus />
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
