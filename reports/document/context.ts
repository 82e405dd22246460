import type { ReportFigures } from '../model/figures';
import type { ReportSnapshot } from '../snapshot';

/** What every section is built from: the snapshot, its derived figures, and whether to draw charts. */
export interface SectionContext {
  snapshot: ReportSnapshot;
  figures: ReportFigures;
  /** False for the plain (bench baseline) rendering: the same pages, charts left out. */
  charts: boolean;
}
