import type { DescriptionsProps } from 'antd';
import { Descriptions, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../shared/api';
import type { EditableClientField } from '../../../../shared/wire';
import { formatWan, formatYuanExact } from '../../../../shared/format';
import { useLanguage } from '../../hooks/useLanguage';
import { clientIdentityItems } from '../client/clientIdentityItems';
import { LongText } from '../client/LongText';
import { PendingTag } from '../client/PendingTag';
import { RiskText } from './RiskText';

/** What the drawer shows about a client; personal identifiers arrive masked from the host. */
export function ClientProfile({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pending = new Set<EditableClientField>(client.pendingFields);
  const label = (field: EditableClientField): ReactNode => (
    <>
      {t(`clientFields.${field}`)}
      {pending.has(field) && <PendingTag testId="client-field-pending" field={field} />}
    </>
  );
  const empty = <span className="text-secondary">{t('common.empty')}</span>;

  const items: DescriptionsProps['items'] = [
    ...clientIdentityItems(client, t),
    {
      key: 'aum',
      label: t('clientDrawer.aum'),
      children: (
        <Tooltip title={formatYuanExact(client.aumFen)}>
          <span className="tabular-nums">{formatWan(client.aumFen, language)}</span>
        </Tooltip>
      ),
    },
    { key: 'risk', label: t('clientDrawer.risk'), children: <RiskText client={client} /> },
    { key: 'phone', label: t('clientDrawer.phone'), children: client.phoneMasked ? <span className="tabular-nums">{client.phoneMasked}</span> : empty },
    { key: 'idNumber', label: t('clientDrawer.idNumber'), children: client.idNumberMasked ? <span className="tabular-nums">{client.idNumberMasked}</span> : empty },
    {
      key: 'tags',
      label: label('tags'),
      span: 2,
      children: client.tags.length ? client.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : empty,
    },
    { key: 'preferredChannel', label: label('preferredChannel'), children: client.preferredChannel ? t(`channel.${client.preferredChannel}`) : empty },
    { key: 'contactPrefs', label: label('contactPrefs'), children: client.contactPrefs || empty },
    { key: 'notes', label: label('notes'), span: 2, children: <LongText text={client.notes} testId="client-notes" /> },
    { key: 'familyNotes', label: label('familyNotes'), span: 2, children: <LongText text={client.familyNotes} testId="client-family-notes" /> },
    { key: 'enterpriseNotes', label: label('enterpriseNotes'), span: 2, children: <LongText text={client.enterpriseNotes} testId="client-enterprise-notes" /> },
  ];
  return <Descriptions data-testid="client-profile" size="small" column={2} bordered items={items} />;
}
