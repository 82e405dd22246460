import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, InteractionRow } from '../../../../shared/api';
import { asApiError } from '../../api/errors';
import { thrownText } from '../../api/errorText';
import { antdFieldErrors, formErrorsFromIssues } from '../../fields/formErrors';
import { useLogInteractionMutation, useUpdateInteractionMutation } from '../../store/endpoints/interactions';
import type { InteractionFormValues } from './interactionForm';
import { INTERACTION_FORM_FIELDS, interactionChanges, interactionFieldsFromValues, interactionIssues } from './interactionForm';

/**
 * Logs a new interaction or saves an edited one (only changed fields). Problems found here with
 * the shared schema, or by main, land on the fields they name; the rest in `formError`.
 */
export function useInteractionSave(clientId: string, editing: InteractionRow | null, form: FormInstance<InteractionFormValues>, onDone: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [log, logState] = useLogInteractionMutation();
  const [update, updateState] = useUpdateInteractionMutation();
  const [formError, setFormError] = useState<string | null>(null);

  const showIssues = (issues: readonly FieldIssue[]) => {
    const errors = formErrorsFromIssues(issues, INTERACTION_FORM_FIELDS, 'interaction', t);
    form.setFields(antdFieldErrors(errors, INTERACTION_FORM_FIELDS));
    setFormError(errors.other.length > 0 ? errors.other.join('\n') : null);
  };

  const save = async (values: InteractionFormValues) => {
    setFormError(null);
    const fields = interactionFieldsFromValues(values);
    const issues = interactionIssues(fields);
    if (issues.length > 0) {
      showIssues(issues);
      return;
    }
    try {
      if (editing) {
        const changes = interactionChanges(editing, fields);
        if (Object.keys(changes).length > 0) await update({ id: editing.id, fields: changes }).unwrap();
      } else {
        await log({ ...fields, clientId }).unwrap();
      }
      void message.success(editing ? t('interactions.updated') : t('interactions.logged'));
      onDone();
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError?.code === 'VALIDATION' && apiError.details?.length) showIssues(apiError.details);
      else setFormError(thrownText(t, error));
    }
  };

  return { save, saving: logState.isLoading || updateState.isLoading, formError };
}
