import { v7 as uuidv7 } from 'uuid';
import type { ChatLine, ChatStatus, ChatTemplate, Conversation } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import { fillTemplate, templatesFor } from '../../../shared/chat/templates';
import { assessmentStatus } from '../../../shared/rules/assessment';
import { bankClock } from '../time/bankClock';
import type { PromiseCheck } from '../compliance/promiseCheck';
import { log } from '../log';
import { CHAT_TEXT_MAX } from '../../../shared/wire';
import { isOpenClient, readClient } from '../records/clientRecord';
import type { Db } from '../db/types';
import type { DisposableStore } from '../lifecycle/disposables';
import { OwnedTimer } from '../lifecycle/disposables';
import type { ReportDesk } from '../reports/reportDesk';
import { ChatAttachments } from './chatAttachments';
import { ChatConnection } from './chatConnection';
import { ChatStore } from './chatStore';

const CHANGED_THROTTLE_MS = 100;

export interface ChatDeskDeps {
  db: Db;
  baseUrl: string;
  advisor: { id: string; name: string };
  accessToken: () => Promise<string>;
  invalidateToken: () => void;
  reports: ReportDesk;
  promiseCheck: PromiseCheck;
  now: () => Date;
  /** A message arrived or one of ours moved on (each one). */
  onMessage: (clientId: string, line: ChatLine) => void;
  /** Chat data changed (at most every 100 ms). */
  onChanged: () => void;
  onTyping: (clientId: string) => void;
  onStatus: (status: ChatStatus) => void;
  /** Owns the desk's timers: disposing it leaves none behind. */
  lifetime: DisposableStore;
}

/**
 * Chat with the advisor's clients: what the RM writes is checked (compliance, size), stored at
 * once and sent when connected; history and conversations come from the local store.
 */
export class ChatDesk {
  private readonly store: ChatStore;
  private readonly attachments: ChatAttachments;
  private readonly connection: ChatConnection;
  private readonly changedTimer: OwnedTimer;
  private changedAgain = false;

  constructor(private readonly deps: ChatDeskDeps) {
    this.changedTimer = deps.lifetime.add(new OwnedTimer(deps.lifetime));
    this.store = new ChatStore(deps.db);
    this.attachments = new ChatAttachments({ db: deps.db, baseUrl: deps.baseUrl, accessToken: deps.accessToken });
    this.connection = new ChatConnection({
      baseUrl: deps.baseUrl,
      store: this.store,
      attachments: this.attachments,
      accessToken: deps.accessToken,
      invalidateToken: deps.invalidateToken,
      onMessage: ({ clientId, id }) => {
        const line = this.store.line(id);
        if (line) deps.onMessage(clientId, line);
        this.changedSoon();
      },
      onChanged: () => this.changedSoon(),
      onTyping: deps.onTyping,
      onStatus: deps.onStatus,
      lifetime: deps.lifetime,
    });
  }

  start(): void {
    this.connection.start();
  }

  stop(): Promise<void> {
    this.changedTimer.cancel();
    return this.connection.stop();
  }

  /**
   * Views refetch on `data:changed`: a lone change is told at once, a burst at most every
   * CHANGED_THROTTLE_MS (and once more at its end), not once per message.
   */
  private changedSoon(): void {
    if (this.changedTimer.isPending) {
      this.changedAgain = true;
      return;
    }
    this.deps.onChanged();
    const settle = () => {
      if (!this.changedAgain) return;
      this.changedAgain = false;
      this.deps.onChanged();
      this.changedTimer.schedule(settle, CHANGED_THROTTLE_MS);
    };
    this.changedTimer.schedule(settle, CHANGED_THROTTLE_MS);
  }

  status(): ChatStatus {
    return this.connection.current();
  }

  conversations(): Conversation[] {
    return this.store.conversations();
  }

  history(clientId: string, limit: number, before?: string): { lines: ChatLine[]; hasMore: boolean } {
    return this.store.history(clientId, limit, before);
  }

  sendText(clientId: string, body: string): ChatLine {
    this.requireOpenClient(clientId);
    if (body.length > CHAT_TEXT_MAX) {
      throw new AppError('chat.text_too_long', { max: CHAT_TEXT_MAX, length: body.length });
    }
    if (body.trim().length === 0) throw new AppError('chat.text_empty');
    this.assertCompliant(clientId, body, 'input.body');
    return this.queue({ clientId, kind: 'text', body, attachmentId: null });
  }

  sendImage(clientId: string, base64: string, caption: string): ChatLine {
    this.requireOpenClient(clientId);
    this.assertCompliant(clientId, caption, 'input.caption');
    const { id } = this.attachments.keep(clientId, Buffer.from(base64, 'base64'));
    return this.queue({ clientId, kind: 'image', body: caption, attachmentId: id });
  }

  /** Sends a report's PDF (reproduced from its snapshot) as a message the client can open. */
  async sendReport(clientId: string, reportId: string): Promise<ChatLine> {
    this.requireClient(clientId);
    const line = this.deps.reports.line(reportId);
    if (line.clientId !== clientId) throw new AppError('chat.report_of_another_client');
    const pdf = await this.deps.reports.pdf(reportId);
    const { id } = this.attachments.keep(clientId, Buffer.from(pdf.base64, 'base64'), true);
    return this.queue({ clientId, kind: 'report', body: line.title, attachmentId: id, reportId });
  }

  markRead(clientId: string): void {
    this.connection.read(clientId);
  }

  typing(clientId: string): void {
    this.connection.typing(clientId);
  }

  async attachment(id: string): Promise<{ type: Awaited<ReturnType<ChatAttachments['get']>>['type']; base64: string }> {
    const { type, data } = await this.attachments.get(id);
    return { type, base64: data.toString('base64') };
  }

  /** Approved replies filled in for this client; those answering their last message first. */
  templates(clientId: string, query: string): ChatTemplate[] {
    const client = this.requireClient(clientId);
    const question = this.deps.db
      .prepare(`SELECT body FROM chat_messages WHERE client_id = ? AND direction = 'in' AND kind = 'text' ORDER BY coalesce(server_seq, 9007199254740991) DESC, rowid DESC LIMIT 1`)
      .pluck()
      .get(clientId) as string | undefined;
    // An expired assessment is no level to quote: nothing may be recommended on it (suitability).
    const assessment = assessmentStatus(client.riskAssessedAt, bankClock(this.deps.now()).today);
    const riskLevel = assessment.state === 'expired' ? '已过期，需重新评估' : assessment.state === 'missing' ? null : client.riskLevel;
    const fields = { name: client.name, gender: client.gender, riskLevel, advisorName: this.deps.advisor.name };
    // Filled in, a template is outgoing text like any other: one the check stops is not offered.
    return templatesFor(question ?? null, query).flatMap(({ template, suggested }) => {
      const text = fillTemplate(template, fields);
      const findings = this.deps.promiseCheck.findings(text);
      if (findings.length > 0) {
        log.warn('chat.template_withheld', { template: template.id, rules: findings.map((f) => f.rule).join(',') });
        return [];
      }
      return [{ id: template.id, category: template.category, title: template.title, text, suggested }];
    });
  }

  private queue(message: { clientId: string; kind: 'text' | 'image' | 'report'; body: string; attachmentId: string | null; reportId?: string }): ChatLine {
    const line = this.store.addOutgoing({ id: uuidv7(), createdAt: this.iso(), ...message });
    // After the caller's transaction has committed: a message never leaves before it is stored.
    queueMicrotask(() => this.connection.nudge());
    return line;
  }

  /**
   * Text that promises returns or safety does not leave the desk (the promise check, with the
   * bank's configured rules). The attempt is audited by the rules that fired, not the text: the
   * refusal carries its entry, which the write wrapper records after the refused write rolled back.
   */
  private assertCompliant(clientId: string, text: string, path: string): void {
    this.deps.promiseCheck.assert('chat.promise_found', [[path, text]], { action: 'chat_compliance_blocked', entity: 'client', entityId: clientId });
  }

  private requireOpenClient(clientId: string): void {
    if (!isOpenClient(this.deps.db, clientId)) throw new AppError('client.not_found');
  }

  private requireClient(clientId: string) {
    const client = readClient(this.deps.db, clientId);
    if (!client || client.deleted) throw new AppError('client.not_found');
    return client;
  }

  private iso(): string {
    return this.deps.now().toISOString();
  }
}
