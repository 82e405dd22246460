import type { DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import type { ClientDetail } from '../../../../shared/api';
import { TierTag } from './TierTag';

/** The first lines of every client profile (the drawer's, the 360 page's): customer number and tier. */
export function clientIdentityItems(client: Pick<ClientDetail, 'customerNo' | 'tier'>, t: TFunction): NonNullable<DescriptionsProps['items']> {
  return [
    { key: 'customerNo', label: t('clientDrawer.customerNo'), children: <span className="tabular-nums">{client.customerNo}</span> },
    { key: 'tier', label: t('clientDrawer.tier'), children: <TierTag tier={client.tier} t={t} /> },
  ];
}
