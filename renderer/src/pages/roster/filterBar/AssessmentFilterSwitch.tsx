import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_WARNING_DAYS } from '../../../../../shared/rules/assessment';
import type { RosterFilterValues } from '../rosterFilter';

type AssessmentChoice = RosterFilterValues['assessment'];
const CHOICES: readonly AssessmentChoice[] = ['all', 'expired', 'expiring'];

/** 全部 / 已过期 / 30天内到期 (the shared rule's warning days): clients whose risk assessment needs renewing. */
export function AssessmentFilterSwitch({ value, onChange }: { value: AssessmentChoice; onChange: (value: AssessmentChoice) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented<AssessmentChoice>
      data-testid="roster-filter-assessment"
      aria-label={t('rosterFilter.assessment')}
      value={value}
      options={CHOICES.map((choice) => ({ value: choice, label: t(`rosterFilter.assessmentChoice.${choice}`, { days: ASSESSMENT_WARNING_DAYS }) }))}
      onChange={onChange}
    />
  );
}
