import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { InteractionRow } from '../../../../shared/api';
import {
  allocationReviewDefault,
  interactionChanges,
  interactionFieldsFromValues,
  interactionIssues,
  interactionValuesFromRow,
  newInteractionValues,
  themeOf,
  timelineOrder,
} from './interactionForm';

const row: InteractionRow = {
  id: 'int-1',
  clientId: 'c-1',
  advisorId: 'adv-1',
  occurredAt: '2026-03-02T09:30:00+08:00',
  channel: 'phone',
  theme: '产品到期',
  isAllocationReview: false,
  summary: '提醒产品到期',
  nextSteps: null,
  version: 3,
  updatedAt: '2026-03-02T09:31:00+08:00',
  deleted: false,
  pending: false,
};

describe('interaction form', () => {
  it('turns allocation review on for 资产配置检视 only', () => {
    expect(allocationReviewDefault('资产配置检视')).toBe(true);
    expect(allocationReviewDefault('市场观点')).toBe(false);
    expect(allocationReviewDefault(null)).toBe(false);
  });

  it('keeps one theme: the last chosen, trimmed, or none', () => {
    expect(themeOf(['市场观点', '资产配置检视'])).toBe('资产配置检视');
    expect(themeOf([' 家族信托 '])).toBe('家族信托');
    expect(themeOf(['  '])).toBeNull();
    expect(themeOf([])).toBeNull();
  });

  it('starts a new interaction now, on the preferred channel', () => {
    const now = dayjs('2026-03-02T10:00:00+08:00');
    expect(newInteractionValues(now, 'wecom')).toMatchObject({ occurredAt: now, channel: 'wecom', theme: [], isAllocationReview: false });
    expect(newInteractionValues(now, null).channel).toBe('face_to_face');
  });

  it('starts from a preset: theme (review switch following it unless given), channel over the preferred one', () => {
    const now = dayjs('2026-03-02T10:00:00+08:00');
    expect(newInteractionValues(now, 'wecom', { theme: '资产配置检视' })).toMatchObject({ channel: 'wecom', theme: ['资产配置检视'], isAllocationReview: true });
    expect(newInteractionValues(now, 'wecom', { theme: '资产配置检视', isAllocationReview: true, channel: 'face_to_face' })).toMatchObject({
      channel: 'face_to_face',
      theme: ['资产配置检视'],
      isAllocationReview: true,
    });
    expect(newInteractionValues(now, null, { theme: '市场观点', isAllocationReview: true })).toMatchObject({ theme: ['市场观点'], isAllocationReview: true });
    expect(newInteractionValues(now, 'phone', {})).toMatchObject({ channel: 'phone', theme: [], isAllocationReview: false });
  });

  it('sends an ISO instant with offset and blank text as null', () => {
    const fields = interactionFieldsFromValues({
      occurredAt: dayjs('2026-03-02T09:30:00+08:00'),
      channel: 'face_to_face',
      theme: ['资产配置检视'],
      isAllocationReview: true,
      summary: '讨论配置',
      nextSteps: ' ',
    });
    expect(Date.parse(fields.occurredAt)).toBe(Date.parse('2026-03-02T09:30:00+08:00'));
    expect(fields.occurredAt).toMatch(/[+-]\d\d:\d\d$|Z$/);
    expect(fields).toMatchObject({ channel: 'face_to_face', theme: '资产配置检视', isAllocationReview: true, summary: '讨论配置', nextSteps: null });
    expect(interactionIssues(fields)).toEqual([]);
  });

  it('edits send only the changed fields', () => {
    const unchanged = interactionFieldsFromValues(interactionValuesFromRow(row));
    expect(interactionChanges(row, unchanged)).toEqual({});
    expect(interactionChanges(row, { ...unchanged, summary: '改期', isAllocationReview: true })).toEqual({ summary: '改期', isAllocationReview: true });
  });

  it('refuses dates before 2000 with the input path', () => {
    const fields = interactionFieldsFromValues({ ...interactionValuesFromRow(row), occurredAt: dayjs('1999-12-31T10:00:00+08:00') });
    expect(interactionIssues(fields).map((issue) => issue.path)).toEqual(['input.occurredAt']);
  });

  it('orders the timeline newest first without deleted rows', () => {
    const rows = [
      { ...row, id: 'a', occurredAt: '2026-01-01T09:00:00+08:00' },
      { ...row, id: 'b', occurredAt: '2026-03-01T09:00:00+08:00' },
      { ...row, id: 'c', occurredAt: '2026-02-01T09:00:00+08:00', deleted: true },
      { ...row, id: 'd', occurredAt: '2026-02-01T01:00:00Z' },
    ];
    expect(timelineOrder(rows).map((r) => r.id)).toEqual(['b', 'd', 'a']);
  });
});
