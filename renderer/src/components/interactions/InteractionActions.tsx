import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InteractionRow } from '../../../../shared/api';
import { thrownText } from '../../api/errorText';
import { useDeleteInteractionMutation } from '../../store/endpoints/interactions';

/** Edit (opens the form) and delete (after a confirmation) for one interaction. */
export function InteractionActions({ row, onEdit }: { row: InteractionRow; onEdit: (row: InteractionRow) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [remove, { isLoading }] = useDeleteInteractionMutation();
  const onDelete = async () => {
    try {
      await remove({ id: row.id }).unwrap();
      void message.success(t('interactions.deleted'));
    } catch (error) {
      void message.error(t('interactions.deleteFailed', { message: thrownText(t, error) }));
    }
  };
  return (
    <Space size={0}>
      <Button data-testid="interaction-edit" type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(row)}>
        {t('interactions.edit')}
      </Button>
      <Popconfirm
        title={t('interactions.deleteTitle')}
        description={t('interactions.deleteDescription')}
        okText={t('interactions.delete')}
        cancelText={t('app.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'interaction-delete-confirm' } as ButtonProps}
        onConfirm={() => onDelete()}
      >
        <Button data-testid="interaction-delete" type="link" size="small" danger icon={<DeleteOutlined />} loading={isLoading}>
          {t('interactions.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
