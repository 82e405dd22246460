import { LockOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH } from '../../../shared/wire/auth';

/** The password field of the sign-in and unlock forms, with the contract's length limit. */
export function PasswordFormItem({ testId, autoFocus = false }: { testId: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('login.password')}
      name="password"
      rules={[
        { required: true, message: t('login.passwordRequired') },
        { max: PASSWORD_MAX_LENGTH, message: t('login.passwordTooLong', { max: PASSWORD_MAX_LENGTH }) },
      ]}
    >
      <Input.Password data-testid={testId} prefix={<LockOutlined />} placeholder={t('login.passwordPlaceholder')} autoComplete="current-password" autoFocus={autoFocus} />
    </Form.Item>
  );
}
