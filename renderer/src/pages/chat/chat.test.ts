import { describe, expect, it } from 'vitest';
import type { ApiError, ChatLine, ChatTemplate, Conversation } from '../../../../shared/api';
import { AppError } from '../../../../shared/api';
import { CHAT_ATTACHMENT_MAX_BYTES } from '../../../../shared/wire';
import { base64ToBytes, bytesToBase64 } from '../../files/base64';
import type { ChatHistoryPage } from '../../store/endpoints/chat';
import { olderChatPageParam } from '../../store/endpoints/chat';
import { flattenChatPages, mergeChatLine, mergeNewestPage } from '../../store/chatHistoryMerge';
import { fileToBase64, imageFileProblem } from './composer/imageFile';
import { sendRefusal } from './composer/sendRefusal';
import { orderTemplates, templateCategories } from './composer/templateOrder';
import { dayHeadingKind, withDayHeadings } from './history/chatDays';
import { shownState } from './history/chatLineStates';
import { filterConversations } from './list/conversationSearch';
import { isTypingNow, TYPING_SHOWN_MS } from './typing';

function line(id: string, seq: number | null, createdAt = '2025-03-01T02:00:00.000Z', patch: Partial<ChatLine> = {}): ChatLine {
  return { id, clientId: 'c1', direction: 'out', kind: 'text', body: id, attachmentId: null, status: seq === null ? 'pending' : 'sent', error: null, seq, createdAt, ...patch };
}

function conversation(name: string, nameEn: string): Conversation {
  return { clientId: name, name, nameEn, last: null, unread: 0, pending: 0 };
}

describe('sendRefusal', () => {
  const promise = (term: string, rule = 'guarantee.promise', category = 'guarantee', path = 'input.body') => ({ path, reason: 'promise' as const, params: { term, rule, category }, message: `promise: ${term}` });

  it('reads the findings the core names in its details: the words, the rule and its category', () => {
    const error = new AppError('chat.promise_found', { terms: [] }, [promise('保证收益'), promise('保证收益8%', 'statedReturn.figure_after_promise', 'statedReturn')]).toApiError();
    expect(sendRefusal(error, '保证收益8%')).toEqual({
      kind: 'compliance',
      findings: [
        { term: '保证收益', rule: 'guarantee.promise', category: 'guarantee' },
        { term: '保证收益8%', rule: 'statedReturn.figure_after_promise', category: 'statedReturn' },
      ],
    });
  });

  it('reads the core’s details on the body, and only those that occur in the text', () => {
    const error = new AppError('chat.promise_found', { terms: [] }, [promise('保收益'), { path: 'input.body', reason: 'too_long', params: { max: 4000 }, message: 'too long' }]).toApiError();
    expect(sendRefusal(error, '保 收益没问题')).toEqual({ kind: 'compliance', findings: [{ term: '保收益', rule: 'guarantee.promise', category: 'guarantee' }] });
    const listed = new AppError('chat.promise_found', { terms: ['零风险', '保本'] }).toApiError();
    expect(sendRefusal(listed, '这款零风险')).toEqual({ kind: 'compliance', findings: [{ term: '零风险', rule: null, category: null }] });
  });

  it('finds them itself when the refusal names none', () => {
    expect(sendRefusal(new AppError('chat.promise_found', { terms: [] }).toApiError(), '这个稳赚不赔')).toEqual({ kind: 'compliance', findings: [{ term: '稳赚不赔', rule: 'noRisk.no_loss', category: 'noRisk' }] });
  });

  it('passes on limits and other failures as they came, by reason', () => {
    const limit = new AppError('chat.text_too_long', { max: 4000, length: 4001 }).toApiError();
    expect(sendRefusal(limit, 'x')).toEqual({ kind: 'other', error: limit });
    const invalid = new AppError('request.invalid').toApiError();
    expect(sendRefusal(invalid, '你好')).toEqual({ kind: 'other', error: invalid });
    const internal: ApiError = new AppError('internal.unexpected').toApiError();
    expect(sendRefusal(internal, '保本')).toEqual({ kind: 'other', error: internal });
  });
});

describe('images', () => {
  it('refuses what the relay would refuse, before uploading', () => {
    expect(imageFileProblem({ size: 10, type: 'image/png' })).toBeNull();
    expect(imageFileProblem({ size: CHAT_ATTACHMENT_MAX_BYTES, type: 'image/jpeg' })).toBeNull();
    expect(imageFileProblem({ size: CHAT_ATTACHMENT_MAX_BYTES + 1, type: 'image/png' })).toBe('tooLarge');
    expect(imageFileProblem({ size: 10, type: 'image/gif' })).toBe('notImage');
    expect(imageFileProblem({ size: 0, type: 'image/png' })).toBe('empty');
  });

  it('reads a file as base64 that decodes to the same bytes, large files included', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, index) => (index * 7) % 256);
    const base64 = await fileToBase64(new Blob([bytes], { type: 'image/png' }));
    expect([...base64ToBytes(base64)]).toEqual([...bytes]);
    expect(bytesToBase64(Uint8Array.from([0xff, 0, 0x89]))).toBe('/wCJ');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('history', () => {
  it('puts a day heading before the first line of each day', () => {
    const lines = [line('a', 1, '2025-03-01T01:00:00Z'), line('b', 2, '2025-03-01T09:00:00Z'), line('c', 3, '2025-03-02T01:00:00Z')];
    const items = withDayHeadings(lines, (iso) => iso.slice(0, 10));
    expect(items.map((item) => (item.kind === 'day' ? item.day : item.line.id))).toEqual(['2025-03-01', 'a', 'b', '2025-03-02', 'c']);
    expect(withDayHeadings([], (iso) => iso)).toEqual([]);
  });

  it('names today and yesterday', () => {
    expect(dayHeadingKind('2025-03-02', '2025-03-02', '2025-03-01')).toBe('today');
    expect(dayHeadingKind('2025-03-01', '2025-03-02', '2025-03-01')).toBe('yesterday');
    expect(dayHeadingKind('2025-02-01', '2025-03-02', '2025-03-01')).toBe('date');
  });

  it('shows a state for our messages only', () => {
    expect(shownState({ direction: 'out', status: 'read' })).toBe('read');
    expect(shownState({ direction: 'in', status: 'read' })).toBeNull();
  });

  it('pages back from the oldest line while the host has more', () => {
    expect(olderChatPageParam({ lines: [line('a', 5), line('b', 6)], hasMore: true })).toBe('a');
    expect(olderChatPageParam({ lines: [line('a', 1)], hasMore: false })).toBeUndefined();
  });

  it('merges a new line into the newest page and a changed one where it is', () => {
    const pages: ChatHistoryPage[] = [
      { lines: [line('c', 3), line('p', null, '2025-03-01T03:00:00Z')], hasMore: true },
      { lines: [line('a', 1), line('b', 2)], hasMore: false },
    ];
    mergeChatLine(pages, line('d', 4, '2025-03-01T04:00:00Z', { direction: 'in' }));
    mergeChatLine(pages, line('b', 2, '2025-03-01T02:00:00Z', { status: 'read' }));
    // The pending line is stored after the client's message: it moves to its place.
    mergeChatLine(pages, line('p', 5, '2025-03-01T03:00:00Z'));
    expect(flattenChatPages(pages).map((l) => `${l.id}:${l.seq ?? '-'}:${l.status}`)).toEqual(['a:1:sent', 'b:2:read', 'c:3:sent', 'd:4:sent', 'p:5:sent']);
  });

  it('merges the newest page asked again, or says the cache has a gap', () => {
    const pages: ChatHistoryPage[] = [{ lines: [line('a', 1), line('b', 2)], hasMore: false }];
    expect(mergeNewestPage(pages, { lines: [line('b', 2, undefined, { status: 'read' }), line('c', 3)], hasMore: true })).toBe(true);
    expect(flattenChatPages(pages).map((l) => `${l.id}:${l.status}`)).toEqual(['a:sent', 'b:read', 'c:sent']);
    expect(mergeNewestPage(pages, { lines: [line('x', 200), line('y', 201)], hasMore: true })).toBe(false);
    expect(flattenChatPages(pages)).toHaveLength(3);
  });

  it('keeps pending lines last and leaves out a line from a page not loaded yet', () => {
    const pages: ChatHistoryPage[] = [{ lines: [line('e', 50), line('p', null)], hasMore: true }];
    mergeChatLine(pages, line('f', 51));
    mergeChatLine(pages, line('old', 10));
    expect(flattenChatPages(pages).map((l) => l.id)).toEqual(['e', 'f', 'p']);
  });
});

describe('conversations and templates', () => {
  it('finds conversations by either name, any case', () => {
    const list = [conversation('王建国', 'Wang Jianguo'), conversation('李娜', 'Li Na')];
    expect(filterConversations(list, ' 王 ').map((c) => c.name)).toEqual(['王建国']);
    expect(filterConversations(list, '张').map((c) => c.name)).toEqual([]);
    expect(filterConversations(list, '王').map((c) => c.name)).toEqual(['王建国']);
    expect(filterConversations(list, 'li na').map((c) => c.name)).toEqual(['李娜']);
    expect(filterConversations(list, '  ')).toHaveLength(2);
  });

  it('offers the suggested templates first, by category', () => {
    const template = (id: string, category: string, suggested: boolean): ChatTemplate => ({ id, category, title: id, text: id, suggested });
    const list = [template('a', '问候', false), template('b', '产品', false), template('c', '问候', true), template('d', '产品', true)];
    expect(templateCategories(list)).toEqual(['问候', '产品']);
    expect(orderTemplates(list, null).map((t) => t.id)).toEqual(['c', 'd', 'a', 'b']);
    expect(orderTemplates(list, '问候').map((t) => t.id)).toEqual(['c', 'a']);
  });

  it('shows typing for a few seconds after the last signal', () => {
    expect(isTypingNow(null, 1000)).toBe(false);
    expect(isTypingNow(1000, 1000 + TYPING_SHOWN_MS - 1)).toBe(true);
    expect(isTypingNow(1000, 1000 + TYPING_SHOWN_MS)).toBe(false);
  });
});
