import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRequestId, redactUrl } from './call-identity.js';

describe('request ids and URL redaction', () => {
  it('makes distinct UUID v4 request ids', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newRequestId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('redacts credential parameters and leaves others alone', () => {
    expect(redactUrl('https://webapi.bps.go.id/v1/api/domain?type=all&key=rahasia')).toBe(
      'https://webapi.bps.go.id/v1/api/domain?type=all&key=%5Bredacted%5D',
    );
    expect(redactUrl('https://x.example/a?access_token=abc&q=1')).not.toContain('abc');
    expect(redactUrl('https://x.example/a?q=1')).toBe('https://x.example/a?q=1');
    expect(redactUrl('https://x.example/a')).toBe('https://x.example/a');
  });

  it('never leaks a key value, whatever the URL (property)', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.stringMatching(/^[A-Za-z0-9]{12,24}$/), (url, secret) => {
        const withKey = `${url}${url.includes('?') ? '&' : '?'}key=${secret}`;
        expect(redactUrl(withKey)).not.toContain(secret);
      }),
      { numRuns: 200 },
    );
  });
});
