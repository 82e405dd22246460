import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CadenceFilter } from '../../../../../shared/api';
import { cadenceFilterText } from './cadenceFilterText';

/** The dashboard's 12-4-2-1 filter as a chip; closing it drops the filter. */
export function CadenceFilterChip({ filter, onClose }: { filter: CadenceFilter; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('rosterFilter.cadenceChipHint')}>
      <Tag
        data-testid="roster-filter-cadence-chip"
        color="blue"
        closable={{ 'aria-label': t('rosterFilter.cadenceChipClose') }}
        onClose={(event) => {
          event.preventDefault();
          onClose();
        }}
        style={{ marginInlineEnd: 0, paddingBlock: 4 }}
      >
        {t('rosterFilter.cadenceChip', { text: cadenceFilterText(filter, t) })}
      </Tag>
    </Tooltip>
  );
}
