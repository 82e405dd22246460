import type { FieldIssue } from '../../../shared/api';

export interface FormErrors<F extends string> {
  /** Messages per form field, for antd's `form.setFields`. */
  fields: Partial<Record<F, string[]>>;
  /** Issues that belong to no field of the form (shown above the buttons). */
  other: string[];
}

/**
 * A VALIDATION error's details on a form's fields. Paths name the input the host got, e.g.
 * `input.fields.notes` (clients.update), `input.fields.tags.3` (one tag) or `input.summary`
 * (interactions.log): `input` and `fields` are stepped over and the next segment is the field.
 */
export function formErrorsFromIssues<F extends string>(issues: readonly FieldIssue[], formFields: readonly F[]): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, other: [] };
  for (const issue of issues) {
    const segments = issue.path.split('.');
    let i = 0;
    if (segments[i] === 'input') i += 1;
    if (segments[i] === 'fields') i += 1;
    const name = segments[i];
    if (name !== undefined && (formFields as readonly string[]).includes(name)) {
      const field = name as F;
      (result.fields[field] ??= []).push(issue.message);
    } else {
      result.other.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
    }
  }
  return result;
}

/** The shape antd's `form.setFields` takes, clearing fields without an error when `clear` lists them. */
export function antdFieldErrors<F extends string>(errors: FormErrors<F>, clear: readonly F[] = []): { name: F; errors: string[] }[] {
  const names = new Set<F>([...clear, ...(Object.keys(errors.fields) as F[])]);
  return [...names].map((name) => ({ name, errors: errors.fields[name] ?? [] }));
}
