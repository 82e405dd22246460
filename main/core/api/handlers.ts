import type { AppInfo } from '../../../shared/api';
import { formatDate, parseDate } from '../../../shared/time/zoned';
import { AppError } from '../../../shared/api';
import type { DataTable } from '../sync/applyChanges';
import { summarise } from '../cadence/summarise';
import { worklist } from '../cadence/worklist';
import { yearPlan, yearPlanIcs } from '../cadence/yearPlan';
import { currentScope, scopeOf } from '../cadence/scopes';
import { client360 } from '../clients/client360';
import { clientDetail } from '../clients/clientDetail';
import { revealIdentifier } from '../clients/revealIdentifier';
import { rosterClock } from '../roster/rosterClock';
import { updateClientFields } from '../clients/clientEdits';
import type { CoreEvents } from '../events';
import { listInteractions, readInteractionRow } from '../interactions/interactionRecord';
import { editInteraction, logInteraction } from '../interactions/interactionWrites';
import { outboxItems } from '../outbox/outboxItems';
import type { ActiveSession, SessionManager } from '../session/sessionManager';
import type { Checkpoint } from '../sync/checkpoints';
import { listConflicts, resolveConflict } from '../sync/conflicts';
import { discardParked, retryParked } from '../sync/parked';
import type { Handlers } from './dispatch';

export interface HandlerDeps {
  sessions: SessionManager;
  events: CoreEvents;
  appInfo: AppInfo;
  now: () => Date;
  checkpoint?: Checkpoint | undefined;
}

/** The handler table: the contract's methods implemented over the core's use cases. */
export function createHandlers({ sessions, events, appInfo, now, checkpoint }: HandlerDeps): Handlers {
  const iso = () => now().toISOString();

  /** After a local write committed: announce it and let sync push it soon. */
  function written(session: ActiveSession, tables: DataTable[]): void {
    checkpoint?.('local-commit');
    events.emit('data:changed', { tables: [...tables, 'outbox'] });
    session.sync.nudge();
  }

  function planFor(session: ActiveSession, input: { year?: number | undefined; asOf?: string | undefined; dailyCap: number }) {
    const scope = scopeOf(input, now());
    return yearPlan(session.book.db, session.cadence.results(scope), { year: scope.year, today: parseDate(scope.asOf), dailyCap: input.dailyCap });
  }

  function interactionRow(session: ActiveSession, id: string) {
    const row = readInteractionRow(session.book.db, id);
    if (!row) throw new AppError('interaction.not_found');
    return row;
  }

  return {
    'app.info': () => appInfo,
    'session.current': () => sessions.info(),
    'session.login': ({ username, password }) => sessions.login(username, password),
    'session.logout': async () => {
      await sessions.logout();
      return null;
    },
    'session.unlock': ({ password }) => sessions.unlock(password),
    'session.lock': () => {
      sessions.lock('manual');
      return null;
    },
    'session.activity': () => {
      sessions.activity();
      return null;
    },
    'sync.status': () => sessions.requireSignedIn().sync.current(),
    'sync.now': () => sessions.requireSignedIn().sync.syncNow(),
    'sync.resync': () => {
      const { sync } = sessions.require();
      void sync.resync();
      return sync.current();
    },
    'sync.outbox': () => outboxItems(sessions.require().book.db),
    'sync.retryParked': ({ id }) => {
      const session = sessions.require();
      retryParked(session.book.db, id);
      written(session, []);
      return session.sync.current();
    },
    'sync.discardParked': ({ id }) => {
      const session = sessions.require();
      discardParked(session.book.db, session.sync.applier, id);
      events.emit('data:changed', { tables: ['clients', 'interactions', 'outbox'] });
      session.sync.refreshFigures();
      return session.sync.current();
    },
    'conflicts.list': () => listConflicts(sessions.require().book.db),
    'conflicts.resolve': ({ id, choice }) => {
      const session = sessions.require();
      resolveConflict(session.book.db, session.sync.applier, id, choice, { now: iso(), actor: session.info.advisor.id });
      written(session, ['clients', 'interactions', 'conflicts']);
      return session.sync.current();
    },
    'clients.page': ({ offset, limit, sort, filter }) => {
      const session = sessions.require();
      const clock = rosterClock(now());
      // The status column and a dashboard filter read 12-4-2-1 results from temp.cadence_view.
      session.cadence.results(currentScope(clock));
      if (filter.cadence) session.cadence.results({ year: filter.cadence.year, asOf: filter.cadence.asOf });
      return session.roster.page(offset, limit, sort, filter, clock);
    },
    'clients.tags': () => sessions.require().roster.tags(),
    'clients.search': ({ query, limit }) => sessions.require().search.search(query, limit),
    'clients.get': ({ id }) => clientDetail(sessions.require().book.db, id),
    'clients.get360': ({ id }) => client360(sessions.require().book.db, id, rosterClock(now()).today),
    'clients.reveal': ({ id, field }) => {
      const session = sessions.require();
      const value = revealIdentifier(session.book.db, id, field, { actor: session.info.advisor.id, now: iso() });
      events.emit('data:changed', { tables: ['outbox'] });
      session.sync.nudge();
      return { value };
    },
    'clients.update': ({ id, fields }) => {
      const session = sessions.require();
      updateClientFields(session.book.db, id, fields, iso());
      written(session, ['clients']);
      return clientDetail(session.book.db, id);
    },
    'cadence.book': (input) => {
      const scope = scopeOf(input, now());
      return summarise(sessions.require().cadence.results(scope), scope);
    },
    'cadence.worklist': ({ asOf }) => {
      const session = sessions.require();
      const today = asOf ? parseDate(asOf) : rosterClock(now()).today;
      return worklist(session.book.db, session.cadence.results({ year: today.year, asOf: formatDate(today) }), today);
    },
    'cadence.plan': (input) => planFor(sessions.require(), input),
    'cadence.planIcs': (input) => yearPlanIcs(planFor(sessions.require(), input), now()),
    'reports.list': ({ clientId }) => sessions.require().reports.list(clientId),
    'reports.generate': async (request) => {
      const session = sessions.require();
      const line = await session.reports.generate(request);
      written(session, ['reports']);
      return line;
    },
    'reports.pdf': ({ id }) => sessions.require().reports.pdf(id),
    // The renderer prints the PDF from a frame: the browser's dialog, or in Electron the system one
    // (window.print there opens it); the core has no printer of its own, so it only checks the report.
    'reports.print': ({ id }) => {
      sessions.require().reports.line(id);
      return { printedByHost: false };
    },
    'reports.recordAction': ({ id, action }) => {
      const session = sessions.require();
      session.reports.recordAction(id, action);
      written(session, []);
      return null;
    },
    'reports.deliver': ({ id, channel }) => {
      const session = sessions.require();
      const line = session.reports.deliver(id, channel);
      written(session, ['reports']);
      return line;
    },
    'reports.survey': ({ clientId }) => sessions.require().reports.survey(clientId),
    'reports.saveSurvey': ({ clientId, survey }) => sessions.require().reports.saveSurvey(clientId, survey),
    'reports.batchStart': ({ kind, clients, printQueue }) => sessions.require().reports.startBatch(kind, clients, printQueue),
    'reports.batchStatus': ({ batchId }) => sessions.require().reports.batches.status(batchId),
    'reports.batchCancel': ({ batchId }) => sessions.require().reports.batches.cancel(batchId),
    'reports.batchZip': ({ batchId }) => sessions.require().reports.batches.zip(batchId),
    'chat.conversations': () => sessions.require().chat.conversations(),
    'chat.history': ({ clientId, before, limit }) => sessions.require().chat.history(clientId, limit, before),
    'chat.sendText': ({ clientId, body }) => sessions.require().chat.sendText(clientId, body),
    'chat.sendImage': ({ clientId, base64, caption }) => sessions.require().chat.sendImage(clientId, base64, caption),
    'chat.sendReport': ({ clientId, reportId }) => sessions.require().chat.sendReport(clientId, reportId),
    'chat.markRead': ({ clientId }) => {
      const session = sessions.require();
      session.chat.markRead(clientId);
      events.emit('data:changed', { tables: ['chat_messages'] });
      return null;
    },
    'chat.typing': ({ clientId }) => {
      sessions.require().chat.typing(clientId);
      return null;
    },
    'chat.image': ({ id }) => sessions.require().chat.attachment(id),
    'chat.templates': ({ clientId, query }) => sessions.require().chat.templates(clientId, query),
    'chat.status': () => sessions.requireSignedIn().chat.status(),
    'interactions.list': ({ clientId }) => listInteractions(sessions.require().book.db, clientId),
    'interactions.log': ({ clientId, ...fields }) => {
      const session = sessions.require();
      const created = logInteraction(session.book.db, session.info.advisor.id, clientId, fields, iso());
      written(session, ['interactions']);
      return interactionRow(session, created.id);
    },
    'interactions.update': ({ id, fields }) => {
      const session = sessions.require();
      editInteraction(session.book.db, id, fields, iso());
      written(session, ['interactions']);
      return interactionRow(session, id);
    },
    'interactions.delete': ({ id }) => {
      const session = sessions.require();
      editInteraction(session.book.db, id, { deleted: true }, iso());
      written(session, ['interactions']);
      return interactionRow(session, id);
    },
  };
}
