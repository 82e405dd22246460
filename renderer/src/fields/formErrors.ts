import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/api';
import { formatCount } from '../../../shared/format';
import type { FieldEntity } from './fieldNames';
import { knownFieldLabel } from './fieldNames';

export interface FormErrors<F extends string> {
  /** Messages per form field, for antd's `form.setFields`. */
  fields: Partial<Record<F, string[]>>;
  /** Issues that belong to no field of the form (shown above the buttons), with the field's name when known. */
  other: string[];
}

/** One field issue as the words shown under its field: "长度不能超过 20,000". */
export function fieldIssueText(t: TFunction, issue: Pick<FieldIssue, 'reason' | 'params'>): string {
  const params = Object.fromEntries(Object.entries(issue.params).map(([name, value]) => [name, typeof value === 'number' ? formatCount(value) : value]));
  return t(`errors.field.${issue.reason}`, { ...params, defaultValue: t('errors.field.invalid') });
}

/** The field an issue's path names: `input` and `fields` are stepped over (`input.fields.tags.3` → `tags`). */
function fieldOfPath(path: string): string | undefined {
  const segments = path.split('.');
  let i = 0;
  if (segments[i] === 'input') i += 1;
  if (segments[i] === 'fields') i += 1;
  return segments[i];
}

/**
 * A VALIDATION error's details on a form's fields, translated. Paths name the input the host got,
 * e.g. `input.fields.notes` (clients.update), `input.fields.tags.3` (one tag) or `input.summary`
 * (interactions.log). An issue on no field of the form is listed apart, named by the field's own
 * name when the entity has one for it, never by its path.
 */
export function formErrorsFromIssues<F extends string>(issues: readonly FieldIssue[], formFields: readonly F[], entity: FieldEntity, t: TFunction): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, other: [] };
  for (const issue of issues) {
    const message = fieldIssueText(t, issue);
    const name = fieldOfPath(issue.path);
    if (name !== undefined && (formFields as readonly string[]).includes(name)) {
      (result.fields[name as F] ??= []).push(message);
      continue;
    }
    const label = name === undefined ? null : knownFieldLabel(entity, name, t);
    result.other.push(label ? t('errors.fieldNamed', { field: label, message }) : message);
  }
  return result;
}

/** The shape antd's `form.setFields` takes, clearing fields without an error when `clear` lists them. */
export function antdFieldErrors<F extends string>(errors: FormErrors<F>, clear: readonly F[] = []): { name: F; errors: string[] }[] {
  const names = new Set<F>([...clear, ...(Object.keys(errors.fields) as F[])]);
  return [...names].map((name) => ({ name, errors: errors.fields[name] ?? [] }));
}
