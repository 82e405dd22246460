import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api';
import { errorText } from '../../api/errorText';

/** What to tell the advisor when unlocking fails: only the password can be wrong here, not the username. */
export function unlockErrorMessage(error: ApiError, t: TFunction): string {
  return error.reason === 'session.wrong_password' ? t('lock.errors.unauthorized') : errorText(t, error);
}
