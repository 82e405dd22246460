import { EditOutlined } from '@ant-design/icons';
import type { DescriptionsProps } from 'antd';
import { Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../shared/api';
import { LongText } from '../../components/client/LongText';
import { PendingTag } from '../../components/client/PendingTag';
import { clientDrawerOpened } from '../../store/drawerSlice';
import { useAppDispatch } from '../../store/hooks';

type NoteField = 'notes' | 'familyNotes' | 'enterpriseNotes';
const NOTE_TEST_IDS: Record<NoteField, string> = {
  notes: 'client360-notes',
  familyNotes: 'client360-family-notes',
  enterpriseNotes: 'client360-enterprise-notes',
};

/** The RM's notes, read-only here; the edit button opens the client drawer's form. */
export function NotesCard({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const pending = new Set(client.pendingFields);

  const items: DescriptionsProps['items'] = (['notes', 'familyNotes', 'enterpriseNotes'] as const).map((field) => ({
    key: field,
    label: (
      <>
        {t(`clientFields.${field}`)}
        {pending.has(field) && <PendingTag testId="client360-field-pending" field={field} />}
      </>
    ),
    children: <LongText text={client[field]} testId={NOTE_TEST_IDS[field]} />,
  }));

  return (
    <Card
      size="small"
      title={t('client360.notes')}
      extra={
        <Button data-testid="client-edit-open" size="small" icon={<EditOutlined />} onClick={() => dispatch(clientDrawerOpened(client.id))}>
          {t('client360.edit')}
        </Button>
      }
    >
      <Descriptions size="small" column={1} bordered items={items} />
    </Card>
  );
}
