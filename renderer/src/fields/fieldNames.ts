import type { TFunction } from 'i18next';
import { interactionFieldsSchema } from '../../../shared/api';
import type { EditableClientField } from '../../../shared/wire';
import { EDITABLE_CLIENT_FIELDS } from '../../../shared/wire';

/** The interaction fields an RM writes (the contract's), and deleting one: what can meet a newer version at the bank. */
export const INTERACTION_FIELD_NAMES = [...interactionFieldsSchema.keyof().options, 'deleted'] as const;
export type InteractionFieldName = (typeof INTERACTION_FIELD_NAMES)[number];

export function isEditableClientField(field: string): field is EditableClientField {
  return (EDITABLE_CLIENT_FIELDS as readonly string[]).includes(field);
}

export function isInteractionFieldName(field: string): field is InteractionFieldName {
  return (INTERACTION_FIELD_NAMES as readonly string[]).includes(field);
}

/** The report fields a desk may change once the report exists (its delivery). */
export const REPORT_FIELD_NAMES = ['title', 'deliveredAt', 'deliveryChannel', 'deleted'] as const;
export type ReportFieldName = (typeof REPORT_FIELD_NAMES)[number];

export function isReportFieldName(field: string): field is ReportFieldName {
  return (REPORT_FIELD_NAMES as readonly string[]).includes(field);
}

export type FieldEntity = 'client' | 'interaction' | 'report';

/** A field's name for people ("备注"), or null when we have no name for it. */
export function knownFieldLabel(entity: FieldEntity, field: string, t: TFunction): string | null {
  if (entity === 'client' && isEditableClientField(field)) return t(`clientFields.${field}`);
  if (entity === 'interaction' && isInteractionFieldName(field)) return t(`interactionFields.${field}`);
  if (entity === 'report' && isReportFieldName(field)) return t(`reportFields.${field}`);
  return null;
}

/** A field's name for people ("备注"), or the key itself when we have no name for it (the conflicts table). */
export function fieldLabel(entity: FieldEntity, field: string, t: TFunction): string {
  return knownFieldLabel(entity, field, t) ?? field;
}
