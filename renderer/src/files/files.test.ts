import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './base64';
import { safeFileName } from './fileName';

/** Bytes to base64 the way the host does, with the DOM's own encoder. */
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

describe('base64ToBytes', () => {
  it('decodes what the host sends, line breaks or not', () => {
    const pdfHead = Uint8Array.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3', (char) => char.charCodeAt(0));
    expect([...base64ToBytes(toBase64(pdfHead))]).toEqual([...pdfHead]);
    expect(new TextDecoder().decode(base64ToBytes('JVBE\nRi0x\r\nLjc='))).toBe('%PDF-1.7');
    expect(base64ToBytes('')).toHaveLength(0);
  });

  it('keeps every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect([...base64ToBytes(toBase64(all))]).toEqual([...all]);
  });

  it('refuses what is not base64 rather than making a broken file', () => {
    expect(() => base64ToBytes('not base64!')).toThrow();
    expect(() => base64ToBytes('A')).toThrow();
    expect(() => base64ToBytes('QQ==QQ==')).toThrow();
  });
});

describe('safeFileName', () => {
  it('keeps a good name, Chinese included', () => {
    expect(safeFileName('王芳-资产配置报告-2026-03-01.pdf', 'pdf', 'report')).toBe('王芳-资产配置报告-2026-03-01.pdf');
    expect(safeFileName('reports-2026.ZIP', 'zip', 'reports')).toBe('reports-2026.ZIP');
  });

  it('adds the extension when missing', () => {
    expect(safeFileName('年度财富管理报告', 'pdf', 'report')).toBe('年度财富管理报告.pdf');
  });

  it('drops folders, characters Windows refuses and control characters', () => {
    expect(safeFileName('../../etc/passwd', 'pdf', 'report')).toBe('_.._etc_passwd.pdf');
    expect(safeFileName('a:b*c?"<>|.pdf', 'pdf', 'report')).toBe('a_b_c_____.pdf');
    expect(safeFileName('a\u0000b\nc.pdf', 'pdf', 'report')).toBe('a_b_c.pdf');
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName(' .. ', 'pdf', 'report')).toBe('report.pdf');
    expect(safeFileName('', 'zip', 'reports')).toBe('reports.zip');
  });
});
