import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api';

/** What to tell the advisor when sign-in fails. */
export function loginErrorMessage(error: ApiError, t: TFunction): string {
  switch (error.code) {
    case 'UNAUTHORIZED':
      return t('login.errors.unauthorized');
    case 'OFFLINE':
      return t('login.errors.offline');
    case 'LOCKED':
      return t('login.errors.locked', { message: error.message });
    default:
      return error.message || t(`errors.${error.code}`);
  }
}
