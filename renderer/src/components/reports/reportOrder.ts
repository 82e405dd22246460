import type { ReportLine } from '../../../../shared/api';

/** A client's reports as every list shows them: newest first. */
export function newestReportsFirst<T extends Pick<ReportLine, 'createdAt'>>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
