import { Alert, Button, DatePicker, Flex, Form, Input, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionRow } from '../../../../shared/api';
import { INTERACTION_TIME_BOUNDS } from '../../../../shared/api';
import type { Channel } from '../../../../shared/domain';
import { CHANNELS, INTERACTION_THEMES, longTextSchema } from '../../../../shared/domain';
import { themeLabel } from '../../fields/interactionThemes';
import { maxTextRules } from '../../fields/schemaLimits';
import type { InteractionFormValues, InteractionPreset } from './interactionForm';
import { allocationReviewDefault, interactionValuesFromRow, newInteractionValues, themeOf } from './interactionForm';
import { useInteractionSave } from './useInteractionSave';

const TEXT_AREA_SIZE = { minRows: 3, maxRows: 10 };

interface InteractionFormProps {
  clientId: string;
  preferredChannel: Channel | null;
  /** The interaction being edited, or null to log a new one. */
  editing: InteractionRow | null;
  /** For a new one: theme, review flag or channel to start with (from the worklist). */
  preset?: InteractionPreset;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * 记录互动: when, how, theme (a glossary theme or free text), whether it was an allocation review
 * (on by default for 资产配置检视), what was discussed and the next steps.
 */
export function InteractionForm({ clientId, preferredChannel, editing, preset, onDone, onCancel }: InteractionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InteractionFormValues>();
  const [initialValues] = useState(() => (editing ? interactionValuesFromRow(editing) : newInteractionValues(dayjs(), preferredChannel, preset)));
  const { save, saving, formError } = useInteractionSave(clientId, editing, form, onDone);

  const onValuesChange = (changed: Partial<InteractionFormValues>) => {
    if (changed.theme === undefined) return;
    const theme = themeOf(changed.theme);
    // Keep one theme: choosing another replaces it.
    if (changed.theme.length > 1) form.setFieldValue('theme', theme ? [theme] : []);
    if (!form.isFieldTouched('isAllocationReview')) form.setFieldValue('isAllocationReview', allocationReviewDefault(theme));
  };

  return (
    <Form<InteractionFormValues>
      data-testid="interaction-form"
      form={form}
      name="interaction"
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={(values) => void save(values)}
      disabled={saving}
    >
      <Flex gap={16} wrap>
        <Form.Item label={t('interactionFields.occurredAt')} name="occurredAt" rules={[{ required: true, message: t('interactions.occurredAtRequired') }]} style={{ flex: '1 1 220px' }}>
          <DatePicker
            data-testid="interaction-occurred-at"
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            minDate={dayjs(INTERACTION_TIME_BOUNDS.earliest)}
            maxDate={dayjs().add(INTERACTION_TIME_BOUNDS.daysAhead, 'day')}
            allowClear={false}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('interactionFields.channel')} name="channel" rules={[{ required: true, message: t('interactions.channelRequired') }]} style={{ flex: '1 1 160px' }}>
          <Select data-testid="interaction-channel" options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap align="flex-start">
        <Form.Item label={t('interactionFields.theme')} name="theme" extra={t('interactions.themeHint')} style={{ flex: '1 1 260px' }}>
          <Select
            data-testid="interaction-theme"
            mode="tags"
            showSearch={{ optionFilterProp: ['label', 'value'] }}
            placeholder={t('interactions.themePlaceholder')}
            options={INTERACTION_THEMES.map((theme) => ({ value: theme, label: themeLabel(theme, t) }))}
          />
        </Form.Item>
        <Form.Item label={t('interactionFields.isAllocationReview')} name="isAllocationReview" valuePropName="checked" style={{ flex: '0 0 auto' }}>
          <Switch data-testid="interaction-allocation-review" />
        </Form.Item>
      </Flex>
      <Form.Item label={t('interactionFields.summary')} name="summary" rules={maxTextRules(t, longTextSchema)}>
        <Input.TextArea data-testid="interaction-summary" autoSize={TEXT_AREA_SIZE} placeholder={t('interactions.summaryPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('interactionFields.nextSteps')} name="nextSteps" rules={maxTextRules(t, longTextSchema)}>
        <Input.TextArea data-testid="interaction-next-steps" autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('interactions.nextStepsPlaceholder')} />
      </Form.Item>
      {formError && (
        <Form.Item>
          <Alert data-testid="interaction-form-error" type="error" showIcon title={t('interactions.saveFailed')} description={<span style={{ whiteSpace: 'pre-wrap' }}>{formError}</span>} />
        </Form.Item>
      )}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onCancel}>{t('app.cancel')}</Button>
        <Button data-testid="interaction-submit" type="primary" htmlType="submit" loading={saving}>
          {editing ? t('interactions.saveEdit') : t('interactions.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
