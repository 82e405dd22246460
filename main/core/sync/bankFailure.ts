import { AppError } from '../../../shared/api';
import type { BankError } from './bankClient';

/**
 * A failed call to the bank as the reason the RM's screen translates. The BankError's own
 * message is a developer's note (kept out of the envelope's params).
 */
export function bankFailure(error: BankError): AppError {
  switch (error.kind) {
    case 'network':
      return new AppError('bank.unreachable');
    case 'server':
      return new AppError('bank.server_error', { status: error.status ?? null });
    case 'unauthorized':
      return new AppError('bank.session_expired');
    case 'too_large':
      return new AppError('bank.request_too_large');
    case 'rejected':
      return new AppError('bank.refused_request', { status: error.status ?? null });
    case 'bad_response':
      return new AppError('bank.bad_answer');
  }
}
