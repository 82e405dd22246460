import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api';
import type { ReportKind } from '../../../../shared/domain';
import { REPORT_KINDS } from '../../../../shared/domain';
import type { BatchRequest } from '../../store/endpoints/reports';
import { useAppSelector } from '../../store/hooks';
import { selectRosterSelection } from '../../store/rosterSelectionSlice';
import { errorText } from '../../api/errorText';

type ClientScope = 'selection' | 'annual_report_due';

interface BatchSetupCardProps {
  onStart: (request: BatchRequest) => void;
  starting: boolean;
  error: ApiError | null;
}

/** 新建批次: the kind, and which clients (the roster's ticked ones, or everyone whose annual report is due). */
export function BatchSetupCard({ onStart, starting, error }: BatchSetupCardProps) {
  const { t } = useTranslation();
  const selection = useAppSelector(selectRosterSelection);
  const [kind, setKind] = useState<ReportKind>('annual_wealth');
  const [scope, setScope] = useState<ClientScope>(selection.length > 0 ? 'selection' : 'annual_report_due');
  const [printQueue, setPrintQueue] = useState(false);
  const canStart = scope === 'annual_report_due' || selection.length > 0;

  const start = () => onStart({ kind, clients: scope === 'selection' ? selection : 'annual_report_due', printQueue });

  return (
    <Card size="small" title={t('batch.setup')} data-testid="batch-setup">
      <Form layout="vertical" disabled={starting}>
        <Form.Item label={t('batch.kind')}>
          <Radio.Group
            data-testid="batch-kind"
            optionType="button"
            buttonStyle="solid"
            value={kind}
            onChange={(event) => setKind(event.target.value as ReportKind)}
            options={REPORT_KINDS.map((value) => ({ value, label: t(`reportKind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('batch.clients')}>
          <Radio.Group
            data-testid="batch-clients"
            value={scope}
            onChange={(event) => setScope(event.target.value as ClientScope)}
            options={[
              {
                value: 'selection',
                disabled: selection.length === 0,
                label: (
                  <span data-testid="batch-clients-selection" data-count={selection.length}>
                    {t('batch.selection', { count: selection.length })}
                    {selection.length === 0 && <Typography.Text type="secondary"> · {t('batch.selectionHint')}</Typography.Text>}
                  </span>
                ),
              },
              { value: 'annual_report_due', label: <span data-testid="batch-clients-due">{t('batch.annualDue')}</span> },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox data-testid="batch-print-queue" checked={printQueue} onChange={(event) => setPrintQueue(event.target.checked)}>
            {t('batch.printQueue')}
          </Checkbox>
        </Form.Item>
        {error && (
          <Form.Item>
            <Alert
              data-testid="batch-start-error"
              data-code={error.code}
              type="error"
              showIcon
              title={t('batch.startFailed')}
              description={errorText(t, error)}
            />
          </Form.Item>
        )}
        <Button data-testid="batch-start" type="primary" icon={<PlayCircleOutlined />} loading={starting} disabled={!canStart} onClick={start}>
          {t('batch.start')}
        </Button>
      </Form>
    </Card>
  );
}
