import { SaveOutlined } from '@ant-design/icons';
import type { FormInstance } from 'antd';
import { Alert, Button, Card, Form, Input, Radio, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { INVESTMENT_HORIZONS, needsSurveySchema, RISK_APPETITE_CHANGES } from '../../../../../shared/api';
import { maxLengthOf } from '../../../fields/schemaLimits';
import type { SurveyFormValues } from './reportRequest';
import { EMPTY_SURVEY, surveyOf } from './reportRequest';
import { useNeedsSurvey } from './useNeedsSurvey';
import { LoadFailedAlert } from '../../../components/LoadFailedAlert';

/** The contract's limit for each written answer. */
const SURVEY_TEXT_MAX = maxLengthOf(needsSurveySchema.shape.goals);
const TEXT_AREA_SIZE = { minRows: 2, maxRows: 6 };
const TEXT_TEST_IDS = {
  goals: 'survey-goals',
  liquidityNeeds: 'survey-liquidity-needs',
  familyEvents: 'survey-family-events',
  enterpriseEvents: 'survey-enterprise-events',
} as const;

/**
 * 年度需求调研 for the annual report: loaded from the desk, saved there (offline too), and sent with
 * the report as it stands in the form. The parent owns `form`, to read it when generating.
 */
export function NeedsSurveyCard({ clientId, form }: { clientId: string; form: FormInstance<SurveyFormValues> }) {
  const { t } = useTranslation();
  const { survey, loadError, retry, save, saving } = useNeedsSurvey(clientId);
  const text = (field: keyof typeof TEXT_TEST_IDS) => (
    <Form.Item label={t(`survey.${field}`)} name={field}>
      <Input.TextArea data-testid={TEXT_TEST_IDS[field]} autoSize={TEXT_AREA_SIZE} showCount maxLength={SURVEY_TEXT_MAX} />
    </Form.Item>
  );
  return (
    <Card size="small" type="inner" title={t('survey.title')} data-testid="needs-survey">
      {loadError && (
        <LoadFailedAlert type="warning" title={t('survey.loadFailed')} error={loadError} onRetry={() => void retry()} style={{ marginBottom: 12 }} />
      )}
      {survey === undefined && !loadError ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        // Mounted once the saved survey is in, so it fills the form; typing is never overwritten by a refetch.
        <Form<SurveyFormValues> form={form} layout="vertical" initialValues={survey ?? EMPTY_SURVEY} disabled={saving} onFinish={(values) => void save(surveyOf(values))}>
          <Alert type="info" title={t('survey.hint')} style={{ marginBottom: 12 }} />
          {text('goals')}
          <Form.Item label={t('survey.horizon')} name="horizon">
            <Select
              data-testid="survey-horizon"
              allowClear
              placeholder={t('survey.choose')}
              options={INVESTMENT_HORIZONS.map((value) => ({ value, label: t(`investmentHorizon.${value}`) }))}
            />
          </Form.Item>
          {text('liquidityNeeds')}
          <Form.Item label={t('survey.riskAppetiteChange')} name="riskAppetiteChange">
            <Radio.Group
              data-testid="survey-risk-appetite"
              optionType="button"
              options={RISK_APPETITE_CHANGES.map((value) => ({ value, label: t(`riskAppetiteChange.${value}`) }))}
            />
          </Form.Item>
          {text('familyEvents')}
          {text('enterpriseEvents')}
          <Form.Item style={{ marginBottom: 0 }}>
            <Button data-testid="survey-save" htmlType="submit" icon={<SaveOutlined />} loading={saving}>
              {t('survey.save')}
            </Button>
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}
