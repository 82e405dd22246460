import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api';

/** What to tell the advisor when unlocking fails. LOCKED's message says until when. */
export function unlockErrorMessage(error: ApiError, t: TFunction): string {
  switch (error.code) {
    case 'UNAUTHORIZED':
      return t('lock.errors.unauthorized');
    case 'LOCKED':
      return t('lock.errors.locked', { message: error.message });
    default:
      return error.message || t(`errors.${error.code}`);
  }
}
