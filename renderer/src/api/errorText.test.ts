import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import { errorText, instantText, megabytesText, thrownText } from './errorText';
import { fixedTranslator } from '../i18n/fixedTranslator';

describe('errorText', () => {
  it('formats an instant in the zone it is given, to the minute', async () => {
    const t = await fixedTranslator('zh-CN');
    const lockedOut = new AppError('session.locked_out', { until: '2026-03-15T02:05:00.000Z' }).toApiError();
    expect(errorText(t, lockedOut, 'Asia/Shanghai')).toBe('密码错误次数过多，已暂时锁定。请于 2026-03-15 10:05 后再试。');
    expect(errorText(t, lockedOut, 'Europe/London')).toContain('请于 2026-03-15 02:05 后再试');
    expect(instantText('2025-12-31T16:30:00Z', 'Asia/Shanghai')).toBe('2026-01-01 00:30');
  });

  it('shows sizes in MB and lengths with their numbers', async () => {
    const t = await fixedTranslator('zh-CN');
    expect(megabytesText(10 * 1024 * 1024)).toBe('10 MB');
    expect(megabytesText(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(megabytesText(256 * 1024)).toBe('256 KB');
    expect(megabytesText(10 * 1024 * 1024 + 5_000)).toBe('10.01 MB');
    const tooLarge = new AppError('chat.attachment_too_large', { maxBytes: 10 * 1024 * 1024, bytes: 12 * 1024 * 1024 }).toApiError();
    expect(errorText(t, tooLarge)).toBe('文件过大（12 MB），不能超过 10 MB。');
    const notes = new AppError('report.text_too_long', { field: 'notes', max: 20_000, length: 20_001 }).toApiError();
    expect(errorText(t, notes)).toBe('顾问寄语共 20,001 字，超过上限 20,000 字，内容不会被截断，请删减后再生成。');
    const enT = await fixedTranslator('en');
    expect(errorText(enT, notes)).toBe(`${enT('reportPage.notes')} has 20,001 characters, over the limit of 20,000. Nothing is cut: please shorten it and generate again.`);
  });

  it('says a bank refusal by its code, never in the bank’s own words', async () => {
    const t = await fixedTranslator('zh-CN');
    const refused = new AppError('bank.refused_change', { bankCode: 'FORBIDDEN', bankReason: 'advisor may not edit this client' }).toApiError();
    expect(errorText(t, refused)).toBe('银行退回了这项修改：银行不允许您执行此操作。');
    const odd = new AppError('chat.bank_refused_message', { bankCode: 'TEAPOT', bankReason: 'short and stout' }).toApiError();
    expect(errorText(t, odd)).toBe('银行拒收了这条消息：银行未说明具体原因。');
    expect(errorText(await fixedTranslator('en'), refused)).not.toContain('advisor may not');
  });

  it('lists compliance terms quoted, in the UI’s own list style', async () => {
    const t = await fixedTranslator('zh-CN');
    const promise = new AppError('chat.promise_found', { terms: ['保本', '零风险'] }).toApiError();
    expect(errorText(t, promise)).toContain('“保本”、“零风险”');
  });

  it('never shows the developer’s message, and falls back to the code for a reason it does not know', async () => {
    const t = await fixedTranslator('zh-CN');
    const unknown = { code: 'LIMIT', reason: 'future.reason', params: {}, message: 'limit hit in the future' } as unknown as ApiError;
    expect(errorText(t, unknown)).toBe(t('errors.LIMIT'));
    expect(thrownText(t, new Error('TypeError: x is undefined'))).toBe(t('errors.reason.internal.unexpected'));
  });
});
