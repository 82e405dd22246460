import type { Content, TDocumentDefinitions } from './pdfTypes';
import { reportFigures } from '../model/figures';
import type { ReportSnapshot } from '../snapshot';
import { plan, service, survey } from './annual';
import { clientService } from './clientService';
import { emptyWrittenSections } from '../../shared/api/writtenSections';
import { allocation } from './allocation';
import { advisorCard, disclosures, notes } from './closing';
import { concentration } from './concentration';
import type { SectionContext } from './context';
import { cover } from './cover';
import { holdings } from './holdings';
import { background, footer, header, PAGE_MARGINS, watermark } from './page';
import { performance } from './performance';
import { rebalancing } from './rebalancing';
import { STYLES } from './styles';
import { suitability } from './suitability';
import { summary } from './summary';

export interface DefinitionOptions {
  /** Draw the charts (default). The plain bench baseline leaves them out. */
  charts: boolean;
  /** The registered pdfmake font family for all text. */
  font: string;
}

type Section = (ctx: SectionContext, number: number) => Content[];

/** What every report holds first: the allocation report's sections. */
const ALLOCATION_SECTIONS: readonly Section[] = [summary, allocation, holdings, performance, suitability, concentration, rebalancing];

/** The sections of each kind, in print order: the annual report is the allocation report plus the year's service, survey and plan. */
function sectionsOf(snapshot: ReportSnapshot): Section[] {
  const annual = snapshot.kind === 'annual_wealth' ? snapshot.annual : null;
  if (snapshot.schema >= 3) return clientSections(snapshot, annual);
  return [
    ...ALLOCATION_SECTIONS,
    ...(annual ? ([(_, n) => service(annual, n), (_, n) => survey(annual, n), (_, n) => plan(annual, n)] satisfies Section[]) : []),
    notes,
    advisorCard,
    disclosures,
  ];
}

/**
 * From schema 3 the report is the client's own: the year's service in the client's terms, and a
 * section the RM left empty (survey, plan, opinion) is left out rather than printed as 暂无 (the
 * desk asks before generating). Older snapshots reprint as they were given.
 */
function clientSections(snapshot: ReportSnapshot, annual: ReportSnapshot['annual']): Section[] {
  const empty = emptyWrittenSections({ kind: snapshot.kind, notes: snapshot.notes, nextYearPlan: annual?.nextYearPlan ?? '', survey: annual?.survey ?? null });
  return [
    ...ALLOCATION_SECTIONS,
    ...(annual ? ([(_, n) => clientService(annual, n)] satisfies Section[]) : []),
    ...(annual && !empty.includes('survey') ? ([(_, n) => survey(annual, n)] satisfies Section[]) : []),
    ...(annual && !empty.includes('plan') ? ([(_, n) => plan(annual, n)] satisfies Section[]) : []),
    ...(empty.includes('notes') ? [] : [notes]),
    advisorCard,
    disclosures,
  ];
}

/**
 * The pdfmake document for a (validated) snapshot: a pure function of it, so the same snapshot
 * always lays out the same. Dates in the PDF's info come from the snapshot, never the clock.
 */
export function buildReportDefinition(snapshot: ReportSnapshot, options: DefinitionOptions): TDocumentDefinitions {
  const ctx: SectionContext = { snapshot, figures: reportFigures(snapshot), charts: options.charts };
  const generated = new Date(snapshot.generatedAt);
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: { title: snapshot.title, author: snapshot.advisor.name, subject: snapshot.kind, creator: 'Advisor Desk', producer: 'Advisor Desk', creationDate: generated, modDate: generated },
    defaultStyle: { font: options.font, fontSize: 9.5, color: '#1f2937' },
    styles: STYLES,
    header: header(snapshot),
    footer: footer(snapshot),
    background: background(),
    watermark: watermark(snapshot, options.font),
    content: [...cover(ctx), ...sectionsOf(snapshot).flatMap((build, index) => build(ctx, index + 1))],
  };
}
