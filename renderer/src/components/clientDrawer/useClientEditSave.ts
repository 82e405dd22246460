import type { FormInstance } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../../shared/api';
import { asApiError } from '../../api/errors';
import { thrownText } from '../../api/errorText';
import { antdFieldErrors, formErrorsFromIssues } from '../../fields/formErrors';
import { useUpdateClientMutation } from '../../store/endpoints/clients';
import type { ClientFormValues } from './clientEdit';
import { CLIENT_FORM_FIELDS, clientEditFields, clientEditIssues, clientFormValues } from './clientEdit';

/**
 * Saving the edit form: only changed fields go to `clients.update`; problems (found here with the
 * shared schema, or by main) land on the fields they name, the rest in `formError`.
 */
export function useClientEditSave(client: ClientDetail, form: FormInstance<ClientFormValues>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [update, { isLoading }] = useUpdateClientMutation();
  const [formError, setFormError] = useState<string | null>(null);

  const showIssues = (issues: Parameters<typeof formErrorsFromIssues>[0]) => {
    const errors = formErrorsFromIssues(issues, CLIENT_FORM_FIELDS, 'client', t);
    form.setFields(antdFieldErrors(errors, CLIENT_FORM_FIELDS));
    setFormError(errors.other.length > 0 ? errors.other.join('\n') : null);
  };

  const save = async (values: ClientFormValues) => {
    setFormError(null);
    const fields = clientEditFields(client, values);
    if (Object.keys(fields).length === 0) {
      void message.info(t('clientEdit.nothingChanged'));
      return;
    }
    const issues = clientEditIssues(fields);
    if (issues.length > 0) {
      showIssues(issues);
      return;
    }
    try {
      const saved = await update({ id: client.id, fields }).unwrap();
      const next = clientFormValues(saved);
      form.setFields(CLIENT_FORM_FIELDS.map((name) => ({ name, value: next[name], touched: false, errors: [] })));
      void message.success(t('clientEdit.saved'));
    } catch (error) {
      const apiError = asApiError(error);
      if (apiError?.code === 'VALIDATION' && apiError.details?.length) {
        showIssues(apiError.details);
      } else {
        setFormError(thrownText(t, error));
      }
    }
  };

  return { save, saving: isLoading, formError };
}
