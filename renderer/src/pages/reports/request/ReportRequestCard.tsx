import { FileAddOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { Alert, App, Button, Card, Flex, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportLine } from '../../../../../shared/api';
import { REPORT_NOTES_MAX } from '../../../../../shared/api';
import { REPORT_KINDS } from '../../../../../shared/domain';
import { emptyWrittenSections } from '../../../../../shared/api/writtenSections';
import { NeedsSurveyCard } from './NeedsSurveyCard';
import type { ReportFormValues, SurveyFormValues } from './reportRequest';
import { INITIAL_REPORT_FORM, overNotesLimit, reportRequestOf, surveyOf } from './reportRequest';
import { useGenerateReport } from './useGenerateReport';
import { errorText } from '../../../api/errorText';

const TEXT_AREA_SIZE = { minRows: 3, maxRows: 12 };
/** Counted but never cut: over the limit the host says LIMIT, and the RM decides what to drop. */
const NOTES_COUNT = { show: true, max: REPORT_NOTES_MAX };

/**
 * What to generate: the kind, the advisor's notes and, for the annual report, the plan for next
 * year and the needs survey. 生成报告 hands the new report to `onGenerated` for the preview.
 */
export function ReportRequestCard({ clientId, onGenerated }: { clientId: string; onGenerated: (report: ReportLine) => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const [surveyForm] = Form.useForm<SurveyFormValues>();
  const kind = Form.useWatch('kind', form) ?? INITIAL_REPORT_FORM.kind;
  const notes = Form.useWatch('notes', form) ?? '';
  const { generate, generating, error } = useGenerateReport(onGenerated);
  const annual = kind === 'annual_wealth';

  const submit = (values: ReportFormValues) => {
    const survey = surveyOf(annual ? surveyForm.getFieldsValue() : {});
    // A field not shown (the plan, for the allocation report) may be missing from `values`.
    const request = reportRequestOf(clientId, { ...INITIAL_REPORT_FORM, ...values }, survey);
    const empty = emptyWrittenSections({ kind: request.kind, notes: request.notes ?? '', nextYearPlan: request.nextYearPlan ?? '', survey: request.survey ?? null });
    if (empty.length === 0) return void generate(request);
    // The client's report leaves an empty section out: the RM decides, knowing which.
    modal.confirm({
      title: t('reportPage.emptySections.title'),
      content: t('reportPage.emptySections.content', { sections: empty.map((section) => t(`reportPage.emptySections.${section}`)).join(t('common.listSeparator')) }),
      okText: t('reportPage.emptySections.ok'),
      cancelText: t('reportPage.emptySections.cancel'),
      okButtonProps: { 'data-testid': 'report-generate-anyway' } as ButtonProps,
      onOk: () => void generate(request),
    });
  };

  return (
    <Card size="small" title={t('reportPage.request')}>
      <Flex vertical gap={12}>
        <Form<ReportFormValues> data-testid="report-form" form={form} layout="vertical" initialValues={INITIAL_REPORT_FORM} onFinish={submit} disabled={generating}>
          <Form.Item label={t('reportPage.kind')} name="kind">
            <Radio.Group data-testid="report-kind" optionType="button" buttonStyle="solid" options={REPORT_KINDS.map((value) => ({ value, label: t(`reportKind.${value}`) }))} />
          </Form.Item>
          <Form.Item
            label={t('reportPage.notes')}
            name="notes"
            validateStatus={overNotesLimit(notes) ? 'warning' : undefined}
            help={overNotesLimit(notes) ? t('reportPage.notesTooLong', { max: REPORT_NOTES_MAX }) : undefined}
          >
            <Input.TextArea data-testid="report-notes" autoSize={TEXT_AREA_SIZE} count={NOTES_COUNT} placeholder={t('reportPage.notesPlaceholder')} />
          </Form.Item>
          {annual && (
            <Form.Item label={t('reportPage.nextYearPlan')} name="nextYearPlan">
              <Input.TextArea data-testid="report-next-year-plan" autoSize={TEXT_AREA_SIZE} count={NOTES_COUNT} placeholder={t('reportPage.nextYearPlanPlaceholder')} />
            </Form.Item>
          )}
        </Form>
        {/* Kept mounted while the allocation report is chosen, so switching back finds the answers as left. */}
        <div hidden={!annual}>
          <NeedsSurveyCard clientId={clientId} form={surveyForm} />
        </div>
        {error && (
          <Alert
            data-testid="report-generate-error"
            data-code={error.code}
            type="error"
            showIcon
            title={t('reportPage.generateFailed')}
            // The code stays beside the words, for support.
            description={<span style={{ whiteSpace: 'pre-wrap' }}>{t('reportPage.generateError', { reason: errorText(t, error), code: error.code })}</span>}
          />
        )}
        <Button data-testid="report-generate" type="primary" icon={<FileAddOutlined />} loading={generating} onClick={() => form.submit()}>
          {t('reportPage.generate')}
        </Button>
      </Flex>
    </Card>
  );
}
