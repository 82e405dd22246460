import type { TFunction } from 'i18next';
import type { OutboxItem } from '../../../../shared/api';

/** "客户资料 · 修改": what kind of record a local change touches and how. */
export function describeChange(item: Pick<OutboxItem, 'entity' | 'op'>, t: TFunction): string {
  return `${t(`outbox.entity.${item.entity}`)} · ${t(`outbox.op.${item.op}`)}`;
}
