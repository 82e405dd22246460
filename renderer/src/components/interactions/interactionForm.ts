import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { FieldIssue, InteractionFields, InteractionRow } from '../../../../shared/api';
import { interactionFieldsSchema, issuesFromZod } from '../../../../shared/api';
import type { Channel } from '../../../../shared/domain';
import { ALLOCATION_REVIEW_THEME } from '../../fields/interactionThemes';
import { textOrNull } from '../../fields/textValue';

/** The interaction form's values as antd holds them. The theme Select is in tags mode: 0 or 1 item. */
export interface InteractionFormValues {
  occurredAt: Dayjs;
  channel: Channel;
  theme: string[];
  isAllocationReview: boolean;
  summary: string;
  nextSteps: string;
}

/** The form's fields: the contract's interaction fields, one input each. */
export const INTERACTION_FORM_FIELDS = interactionFieldsSchema.keyof().options;
export type InteractionFormField = (typeof INTERACTION_FORM_FIELDS)[number];

/** The channel a new interaction starts with when the client has no preference. */
export const DEFAULT_CHANNEL: Channel = 'face_to_face';

/** An allocation review is on by default exactly when the theme says so. */
export function allocationReviewDefault(theme: string | null | undefined): boolean {
  return theme === ALLOCATION_REVIEW_THEME;
}

/** The theme Select's value (tags mode) as one theme: the last one chosen, trimmed, or null. */
export function themeOf(values: readonly string[] | null | undefined): string | null {
  const last = values?.[values.length - 1];
  return textOrNull(last?.trim());
}

/** What a new interaction may start with, when the RM comes from a task (the 12-4-2-1 worklist). */
export interface InteractionPreset {
  theme?: string;
  /** Defaults to what the theme implies (on for 资产配置检视). */
  isAllocationReview?: boolean;
  channel?: Channel;
}

/** A new interaction: now, the preset's or the client's preferred channel, the preset's theme or none. */
export function newInteractionValues(now: Dayjs, preferredChannel: Channel | null, preset: InteractionPreset = {}): InteractionFormValues {
  const theme = textOrNull(preset.theme?.trim());
  return {
    occurredAt: now,
    channel: preset.channel ?? preferredChannel ?? DEFAULT_CHANNEL,
    theme: theme ? [theme] : [],
    isAllocationReview: preset.isAllocationReview ?? allocationReviewDefault(theme),
    summary: '',
    nextSteps: '',
  };
}

export function interactionValuesFromRow(row: InteractionRow): InteractionFormValues {
  return {
    occurredAt: dayjs(row.occurredAt),
    channel: row.channel,
    theme: row.theme ? [row.theme] : [],
    isAllocationReview: row.isAllocationReview,
    summary: row.summary ?? '',
    nextSteps: row.nextSteps ?? '',
  };
}

/** The form as `interactions.log` takes it: an ISO instant with the local offset, blank text null. */
export function interactionFieldsFromValues(values: InteractionFormValues): InteractionFields {
  return {
    occurredAt: values.occurredAt.format(),
    channel: values.channel,
    theme: themeOf(values.theme),
    isAllocationReview: values.isAllocationReview,
    summary: textOrNull(values.summary),
    nextSteps: textOrNull(values.nextSteps),
  };
}

/** For `interactions.update`: only the fields that differ from the saved row. */
export function interactionChanges(row: InteractionRow, fields: InteractionFields): Partial<InteractionFields> {
  const changes: Partial<InteractionFields> = {};
  if (Date.parse(fields.occurredAt) !== Date.parse(row.occurredAt)) changes.occurredAt = fields.occurredAt;
  if (fields.channel !== row.channel) changes.channel = fields.channel;
  if (fields.theme !== row.theme) changes.theme = fields.theme;
  if (fields.isAllocationReview !== row.isAllocationReview) changes.isAllocationReview = fields.isAllocationReview;
  if (fields.summary !== row.summary) changes.summary = fields.summary;
  if (fields.nextSteps !== row.nextSteps) changes.nextSteps = fields.nextSteps;
  return changes;
}

/** The same check main makes (dates after 2000, at most a year ahead; text limits), paths as main's. */
export function interactionIssues(fields: InteractionFields): FieldIssue[] {
  const parsed = interactionFieldsSchema.safeParse(fields);
  return parsed.success ? [] : issuesFromZod(parsed.error, 'input');
}

/** Newest first; rows the bank or the RM deleted are not shown. */
export function timelineOrder<T extends Pick<InteractionRow, 'occurredAt' | 'deleted' | 'id'>>(rows: readonly T[]): T[] {
  return rows
    .filter((row) => !row.deleted)
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
