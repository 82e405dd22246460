import type { AppError } from '../../../shared/api';
import type { AuditRecord } from './audit';

/**
 * A refusal the audit log must keep (a message stopped by the compliance check): thrown by a
 * service, it carries the caller's error and the entry. The write wrapper rolls the write back,
 * then records the entry in a transaction of its own, and answers the error.
 */
export class AuditedRefusal extends Error {
  override readonly name = 'AuditedRefusal';

  constructor(
    readonly refusal: AppError,
    readonly record: AuditRecord,
  ) {
    super(refusal.message);
  }
}
