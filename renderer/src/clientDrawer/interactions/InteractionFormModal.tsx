import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InteractionRow } from '../../../../shared/api';
import type { Channel } from '../../../../shared/domain';
import { InteractionForm } from './InteractionForm';

interface InteractionFormModalProps {
  open: boolean;
  clientId: string;
  preferredChannel: Channel | null;
  editing: InteractionRow | null;
  onClose: () => void;
}

/** The interaction form in a dialog; each opening starts from fresh values. */
export function InteractionFormModal({ open, clientId, preferredChannel, editing, onClose }: InteractionFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={editing ? t('interactions.editTitle') : t('interactions.logTitle')} footer={null} onCancel={onClose} destroyOnHidden width={640} maskClosable={false}>
      <InteractionForm clientId={clientId} preferredChannel={preferredChannel} editing={editing} onDone={onClose} onCancel={onClose} />
    </Modal>
  );
}
