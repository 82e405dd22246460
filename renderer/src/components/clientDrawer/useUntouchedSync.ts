import type { FormInstance } from 'antd';
import { useEffect } from 'react';
import type { ClientDetail } from '../../../../shared/api';
import type { ClientFormValues } from './clientEdit';
import { CLIENT_FORM_FIELDS, clientFormValues } from './clientEdit';

/**
 * When the client is refetched (a sync brought a change), fields the RM has not touched follow
 * the new values; what they are typing is left alone.
 */
export function useUntouchedSync(client: ClientDetail, form: FormInstance<ClientFormValues>): void {
  useEffect(() => {
    const next = clientFormValues(client);
    const untouched = CLIENT_FORM_FIELDS.filter((name) => !form.isFieldTouched(name));
    if (untouched.length > 0) form.setFields(untouched.map((name) => ({ name, value: next[name] })));
  }, [client, form]);
}
