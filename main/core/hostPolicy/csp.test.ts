import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the app and forbids plugins, framing and foreign bases', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('adds the web host WebSocket origins to connect-src', () => {
    expect(contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:5173'] })).toContain("connect-src 'self' ws://127.0.0.1:5173");
  });
});
