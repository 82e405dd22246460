import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../shared/api';
import { CHANNELS } from '../../../../shared/domain';
import type { ClientFormValues } from './clientEdit';
import { shortTextSchema } from '../../../../shared/domain';
import { maxLengthOf } from '../../fields/schemaLimits';
import { clientFormValues } from './clientEdit';
import { clientEditRules } from './clientEditRules';
import { useClientEditSave } from './useClientEditSave';
import { useUntouchedSync } from './useUntouchedSync';

const TEXT_AREA_SIZE = { minRows: 2, maxRows: 8 };

/** The fields an RM may edit at the desk (EDITABLE_CLIENT_FIELDS); everything else is the bank's. */
export function ClientEditForm({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClientFormValues>();
  const [initialValues] = useState(() => clientFormValues(client));
  const { save, saving, formError } = useClientEditSave(client, form);
  useUntouchedSync(client, form);
  const rules = clientEditRules(t);

  return (
    <Card size="small" title={t('clientEdit.title')}>
      <Form<ClientFormValues>
        data-testid="client-edit-form"
        form={form}
        name={`client-edit-${client.id}`}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        disabled={saving}
      >
        <Form.Item label={t('clientFields.tags')} name="tags" rules={rules.tags} extra={t('clientEdit.tagsHint')}>
          <Select data-testid="client-edit-tags" mode="tags" tokenSeparators={[',', '，', '、']} notFoundContent={null} placeholder={t('clientEdit.tagsPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('clientFields.preferredChannel')} name="preferredChannel">
          <Select
            data-testid="client-edit-channel"
            allowClear
            placeholder={t('clientEdit.channelPlaceholder')}
            options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('clientFields.contactPrefs')} name="contactPrefs" rules={rules.contactPrefs}>
          <Input data-testid="client-edit-contact-prefs" placeholder={t('clientEdit.contactPrefsPlaceholder')} showCount maxLength={maxLengthOf(shortTextSchema)} />
        </Form.Item>
        <Form.Item label={t('clientFields.notes')} name="notes" rules={rules.longText}>
          <Input.TextArea data-testid="client-edit-notes" autoSize={TEXT_AREA_SIZE} />
        </Form.Item>
        <Form.Item label={t('clientFields.familyNotes')} name="familyNotes" rules={rules.longText}>
          <Input.TextArea data-testid="client-edit-family-notes" autoSize={TEXT_AREA_SIZE} />
        </Form.Item>
        <Form.Item label={t('clientFields.enterpriseNotes')} name="enterpriseNotes" rules={rules.longText}>
          <Input.TextArea data-testid="client-edit-enterprise-notes" autoSize={TEXT_AREA_SIZE} />
        </Form.Item>
        {formError && (
          <Form.Item>
            <Alert data-testid="client-edit-error" type="error" showIcon title={t('clientEdit.failed')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{formError}</span>} />
          </Form.Item>
        )}
        <Form.Item style={{ marginBottom: 0 }}>
          <Button data-testid="client-edit-save" type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
            {t('clientEdit.save')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
