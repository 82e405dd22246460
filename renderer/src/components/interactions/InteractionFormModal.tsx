import { Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InteractionRow } from '../../../../shared/api';
import type { Channel } from '../../../../shared/domain';
import { InteractionForm } from './InteractionForm';
import type { InteractionPreset } from './interactionForm';

interface InteractionFormModalProps {
  open: boolean;
  clientId: string;
  preferredChannel: Channel | null;
  editing: InteractionRow | null;
  /** For a new interaction: what it starts with (the worklist presets theme, review and channel). */
  preset?: InteractionPreset;
  /** Instead of 记录互动 / 编辑互动记录 (the worklist names the client). */
  title?: string;
  /** What the form starts from is still loading (the worklist fetches the preferred channel). */
  loading?: boolean;
  onClose: () => void;
}

/** The interaction form in a dialog; each opening starts from fresh values. */
export function InteractionFormModal({ open, clientId, preferredChannel, editing, preset, title, loading = false, onClose }: InteractionFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title ?? (editing ? t('interactions.editTitle') : t('interactions.logTitle'))}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      maskClosable={false}
    >
      {loading ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <InteractionForm clientId={clientId} preferredChannel={preferredChannel} editing={editing} preset={preset} onDone={onClose} onCancel={onClose} />
      )}
    </Modal>
  );
}
