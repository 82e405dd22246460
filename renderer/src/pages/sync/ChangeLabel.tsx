import { Typography } from 'antd';
import type { OutboxItem } from '../../../../shared/api';
import { clientDrawerOpened } from '../../store/drawerSlice';
import { useAppDispatch } from '../../store/hooks';

/** The client's name a change belongs to; a client's own change opens the client's drawer. */
export function ChangeLabel({ item }: { item: Pick<OutboxItem, 'entity' | 'entityId' | 'label'> }) {
  const dispatch = useAppDispatch();
  const text = item.label || '—';
  if (item.entity !== 'client') return <span>{text}</span>;
  return <Typography.Link onClick={() => dispatch(clientDrawerOpened(item.entityId))}>{text}</Typography.Link>;
}
