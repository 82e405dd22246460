import { describe, expect, it } from 'vitest';
import { sniffAttachmentType } from './chat';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('attachment types, by content', () => {
  it('knows PNG, JPEG, WebP and PDF by their first bytes', () => {
    expect(sniffAttachmentType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], [0]))).toBe('image/png');
    expect(sniffAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffAttachmentType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffAttachmentType(bytes('%PDF-1.7'))).toBe('application/pdf');
  });

  it('refuses anything else, whatever it is called: a program, a RIFF that is not WebP, too few bytes', () => {
    expect(sniffAttachmentType(bytes('MZ', [0x90, 0]))).toBeNull();
    expect(sniffAttachmentType(bytes('RIFF', [1, 2, 3, 4], 'WAVE'))).toBeNull();
    expect(sniffAttachmentType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffAttachmentType(new Uint8Array())).toBeNull();
  });
});
