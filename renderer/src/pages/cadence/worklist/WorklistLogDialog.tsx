import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkItem } from '../../../../../shared/api';
import { InteractionFormModal } from '../../../components/interactions/InteractionFormModal';
import { useClientDetail } from '../../../hooks/useClientDetail';
import { worklistPreset } from './worklistPreset';

/**
 * 记录互动 for a worklist row, in one click: the client's own form, preset for what this month
 * asks (a review: 资产配置检视 with the switch on; face to face: that channel too). The client's
 * preferred channel is fetched first, so the form starts from it when nothing else is preset.
 */
export function WorklistLogDialog({ item, onClose }: { item: WorkItem; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = useClientDetail(item.clientId);
  const preset = useMemo(() => worklistPreset(item.reasons), [item.reasons]);
  return (
    <InteractionFormModal
      open
      clientId={item.clientId}
      preferredChannel={detail.client?.preferredChannel ?? null}
      editing={null}
      preset={preset}
      title={t('interactions.logTitleFor', { name: item.name })}
      loading={detail.isLoading}
      onClose={onClose}
    />
  );
}
