/**
 * Builders for `POST /sync/mutations` payloads (shared/wire/mutations.ts), for the backend's
 * tests and the desk's chaos tests. Each mutation gets a fresh UUIDv7 unless one is given.
 */
import { v7 } from 'uuid';
import type { Interaction } from '../shared/domain/entities';
import type { AuditEntry, ClientEdit, InteractionDraft, Mutation } from '../shared/wire/mutations';

export type ClientUpdateMutation = Extract<Mutation, { type: 'client.update' }>;
export type InteractionPutMutation = Extract<Mutation, { type: 'interaction.put' }>;
export type AuditAppendMutation = Extract<Mutation, { type: 'audit.append' }>;

export function clientUpdate(clientId: string, baseVersion: number, fields: ClientEdit, id: string = v7()): ClientUpdateMutation {
  return { id, type: 'client.update', clientId, baseVersion, fields };
}

export function interactionPut(interaction: InteractionDraft, baseVersion: number | null, id: string = v7()): InteractionPutMutation {
  return { id, type: 'interaction.put', baseVersion, interaction };
}

export function auditAppend(entries: AuditEntry[], id: string = v7()): AuditAppendMutation {
  return { id, type: 'audit.append', entries };
}

/** A new contact as the desk would write it. */
export function newInteraction(clientId: string, occurredAt: string, overrides: Partial<InteractionDraft> = {}): InteractionDraft {
  return {
    id: v7(),
    clientId,
    occurredAt,
    channel: 'phone',
    theme: '产品到期提醒',
    isAllocationReview: false,
    summary: '电话告知产品到期安排，客户倾向续作同类产品。',
    nextSteps: '下周发送续作产品清单',
    deleted: false,
    ...overrides,
  };
}

/** The editable part of an interaction the bank holds, for an edit based on it. */
export function draftOf(interaction: Interaction): InteractionDraft {
  const { advisorId: _advisorId, version: _version, updatedAt: _updatedAt, ...draft } = interaction;
  return draft;
}

export function auditEntry(at: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return { id: v7(), at, action: 'sign_in', entity: null, entityId: null, details: null, ...overrides };
}
