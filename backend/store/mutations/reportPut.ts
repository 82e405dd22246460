import type { Report } from '../../../shared/domain/entities';
import { reportSchema } from '../../../shared/domain/entities';
import type { Mutation, MutationResult, ReportDraft } from '../../../shared/wire/mutations';
import { toChinaInstant } from '../../time';
import { reportParams } from '../rows';
import { UPSERT_REPORT } from '../statements';
import type { MutationContext } from './outcomes';
import { applied, conflict, rejected } from './outcomes';
import { lookupReport, ownLiveClient } from './ownership';

type ReportPut = Extract<Mutation, { type: 'report.put' }>;

const NO_SUCH_REPORT = 'report.id: no such report';

/**
 * What the report is: the PDF whose hash the bank keeps was built from exactly these, so they
 * are fixed at creation. Only the delivery (and the title, and the tombstone) changes later.
 */
const FIXED_REPORT_FIELDS = ['clientId', 'kind', 'periodFrom', 'periodTo', 'createdAt', 'pdfSha256'] as const;

function editableOnly(draft: ReportDraft): Pick<Report, 'title' | 'deliveredAt' | 'deliveryChannel' | 'deleted'> {
  const { title, deliveredAt, deliveryChannel, deleted } = draft;
  return { title, deliveredAt, deliveryChannel, deleted };
}

function write(ctx: MutationContext, report: Omit<Report, 'updatedAt'>): number {
  const next = reportSchema.parse({ ...report, updatedAt: toChinaInstant(ctx.now) });
  // The owner is the client's advisor, which ownLiveClient has established is the token's.
  ctx.db.prepare(UPSERT_REPORT).run(reportParams(next, ctx.advisorId, ctx.nextSeq()));
  return next.version;
}

/**
 * `report.put`: records a report made at the desk (baseVersion null, id not yet known) or
 * updates an own report at the bank's version (its delivery, title or tombstone). Every "not
 * yours" case answers exactly like "does not exist", as for interactions.
 */
export function applyReportPut(ctx: MutationContext, m: ReportPut): MutationResult {
  const draft = m.report;
  // ISO dates compare as strings.
  if (draft.periodTo < draft.periodFrom) return rejected(m.id, 'VALIDATION', 'report.periodTo: before periodFrom');
  if (!ownLiveClient(ctx.db, ctx.advisorId, draft.clientId)) return rejected(m.id, 'NOT_FOUND', 'report.clientId: no such client');
  const found = lookupReport(ctx.db, ctx.advisorId, draft.id);
  if (found.kind === 'absent') {
    // An update of something the bank never had cannot become a create: the desk's idea of it is wrong.
    if (m.baseVersion !== null) return rejected(m.id, 'NOT_FOUND', NO_SUCH_REPORT);
    return applied(m.id, write(ctx, { ...draft, advisorId: ctx.advisorId, version: 1 }));
  }
  if (found.kind === 'foreign') return rejected(m.id, 'NOT_FOUND', NO_SUCH_REPORT);
  const current = found.report;
  // Before the version check, as interaction.put checks its client: no choice in a conflicts view can make this valid.
  const fixed = FIXED_REPORT_FIELDS.find((field) => draft[field] !== current[field]);
  if (fixed) {
    return rejected(m.id, 'VALIDATION', `report.${fixed}: cannot change once the report exists (only title, deliveredAt, deliveryChannel and deleted can)`);
  }
  // A create (null) of an id the bank already holds is stale too: the RM must see what is there.
  if (m.baseVersion !== current.version) return conflict(m.id, { entity: 'report', data: current });
  // The author stays whoever made the report.
  return applied(m.id, write(ctx, { ...current, ...editableOnly(draft), version: current.version + 1 }));
}
