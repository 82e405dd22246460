import type { DescriptionsProps } from 'antd';
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../../shared/api';
import { clientIdentityItems } from '../../../components/client/clientIdentityItems';
import { LastContactText } from './LastContactText';
import { RevealableIdentifier } from './RevealableIdentifier';

/** Who the client is: identifiers (masked, revealable), tier, tags and how they like to be contacted. */
export function ProfileCard({ client, lastContactAt }: { client: ClientDetail; lastContactAt: string | null }) {
  const { t } = useTranslation();
  const empty = <span className="text-secondary">{t('common.empty')}</span>;

  const items: DescriptionsProps['items'] = [
    ...clientIdentityItems(client, t),
    ...(client.gender ? [{ key: 'gender', label: t('client360.gender'), children: t(`gender.${client.gender}`) }] : []),
    ...(client.birthDate ? [{ key: 'birthDate', label: t('client360.birthDate'), children: <span className="tabular-nums">{client.birthDate}</span> }] : []),
    {
      key: 'phone',
      label: t('clientDrawer.phone'),
      children: (
        <RevealableIdentifier clientId={client.id} field="phone" masked={client.phoneMasked} valueTestId="client-phone" revealTestId="reveal-phone" hideTestId="hide-phone" />
      ),
    },
    {
      key: 'idNumber',
      label: t('clientDrawer.idNumber'),
      children: (
        <RevealableIdentifier
          clientId={client.id}
          field="idNumber"
          masked={client.idNumberMasked}
          valueTestId="client-id-number"
          revealTestId="reveal-id-number"
          hideTestId="hide-id-number"
        />
      ),
    },
    {
      key: 'tags',
      label: t('clientFields.tags'),
      span: 'filled',
      children: client.tags.length ? <span data-testid="client360-tags">{client.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)}</span> : empty,
    },
    { key: 'preferredChannel', label: t('clientFields.preferredChannel'), children: client.preferredChannel ? t(`channel.${client.preferredChannel}`) : empty },
    { key: 'contactPrefs', label: t('clientFields.contactPrefs'), children: client.contactPrefs || empty },
    { key: 'clientSince', label: t('client360.clientSince'), children: client.clientSince ? <span className="tabular-nums">{client.clientSince}</span> : empty },
    { key: 'lastContact', label: t('client360.lastContact'), children: <LastContactText at={lastContactAt} /> },
  ];

  return (
    <Card size="small" title={t('client360.profile')}>
      <Descriptions
        data-testid="client360-profile"
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 1 }}
        bordered
        items={items}
        styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
      />
    </Card>
  );
}
