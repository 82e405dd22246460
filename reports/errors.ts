/**
 * Why a snapshot cannot become a report: `invalid` when it does not match the snapshot schema
 * (or contradicts itself, such as an annual report without its annual part), `limit` when it is
 * over SNAPSHOT_LIMITS or REPORT_LIMITS. The message names the first offending field.
 */
export type ReportInputReason = 'invalid' | 'limit';

export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
  constructor(
    readonly reason: ReportInputReason,
    message: string,
  ) {
    super(message);
  }
}
