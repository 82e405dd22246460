import type { WorkItem } from '../../../../../shared/api';
import type { InteractionPreset } from '../../../components/interactions/interactionForm';
import { ALLOCATION_REVIEW_THEME } from '../../../fields/interactionThemes';

type WorkReason = WorkItem['reasons'][number];

/**
 * How the interaction form starts for a worklist row: a review due (资产配置检视, or one face to
 * face) presets the theme with the allocation-review switch on; a face-to-face one also the
 * channel. A plain monthly contact or the annual report leave the form as usual.
 */
export function worklistPreset(reasons: readonly WorkReason[]): InteractionPreset {
  const preset: InteractionPreset = {};
  if (reasons.includes('review_expected') || reasons.includes('face_to_face_expected')) {
    preset.theme = ALLOCATION_REVIEW_THEME;
    preset.isAllocationReview = true;
  }
  if (reasons.includes('face_to_face_expected')) preset.channel = 'face_to_face';
  return preset;
}
