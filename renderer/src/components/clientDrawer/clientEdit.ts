import type { ClientDetail, FieldIssue } from '../../../../shared/api';
import { issuesFromZod } from '../../../../shared/api';
import type { Channel } from '../../../../shared/domain';
import type { ClientEdit, EditableClientField } from '../../../../shared/wire';
import { EDITABLE_CLIENT_FIELDS, clientEditSchema } from '../../../../shared/wire';
import { normalizeTags, sameList, textOrNull } from '../../fields/textValue';

/** The edit form's values: what antd's inputs hold (no nulls in text boxes). */
export interface ClientFormValues {
  tags: string[];
  preferredChannel: Channel | null;
  contactPrefs: string;
  notes: string;
  familyNotes: string;
  enterpriseNotes: string;
}

export const CLIENT_FORM_FIELDS: readonly EditableClientField[] = EDITABLE_CLIENT_FIELDS;

export function clientFormValues(detail: Pick<ClientDetail, EditableClientField>): ClientFormValues {
  return {
    tags: [...detail.tags],
    preferredChannel: detail.preferredChannel,
    contactPrefs: detail.contactPrefs ?? '',
    notes: detail.notes ?? '',
    familyNotes: detail.familyNotes ?? '',
    enterpriseNotes: detail.enterpriseNotes ?? '',
  };
}

/**
 * Only what the RM changed, as `clients.update` takes it: blank text is null, tags are trimmed and
 * de-duplicated. An empty object means nothing to save.
 */
export function clientEditFields(detail: Pick<ClientDetail, EditableClientField>, values: Partial<ClientFormValues>): ClientEdit {
  const fields: ClientEdit = {};
  if (values.tags !== undefined) {
    const tags = normalizeTags(values.tags);
    if (!sameList(tags, detail.tags)) fields.tags = tags;
  }
  if (values.preferredChannel !== undefined) {
    const channel = values.preferredChannel ?? null;
    if (channel !== detail.preferredChannel) fields.preferredChannel = channel;
  }
  for (const key of ['contactPrefs', 'notes', 'familyNotes', 'enterpriseNotes'] as const) {
    const value = values[key];
    if (value === undefined) continue;
    const next = textOrNull(value);
    if (next !== detail[key]) fields[key] = next;
  }
  return fields;
}

/** The same check main makes, with the same paths (`input.fields.notes`), or [] when fine. */
export function clientEditIssues(fields: ClientEdit): FieldIssue[] {
  const parsed = clientEditSchema.safeParse(fields);
  return parsed.success ? [] : issuesFromZod(parsed.error, 'input.fields');
}
