import { describe, expect, it } from 'vitest';
import { redact, redactDeep, secretPaths, secretValues } from './secrets.js';

const schema = {
  type: 'object',
  properties: {
    user: { type: 'string' },
    password: { type: 'string', writeOnly: true },
    nested: { type: 'object', properties: { token: { type: 'string', 'x-secret': true } } },
  },
};

describe('secrets', () => {
  it('finds secret settings marked writeOnly or x-secret', () => {
    expect(secretPaths(schema)).toEqual(['/password', '/nested/token']);
    expect(secretValues(schema, { user: 'u', password: 'p@ss w<rd', nested: { token: 'tok' } })).toEqual(['p@ss w<rd', 'tok']);
  });

  it('redacts raw, URL-encoded, XML-escaped and base64 forms', () => {
    const s = 'p@ss w<rd';
    const text = `a=${s} b=${encodeURIComponent(s)} c=p@ss w&lt;rd d=${Buffer.from(s).toString('base64')}`;
    const out = redact(text, [s]);
    expect(out).toBe('a=[redacted] b=[redacted] c=[redacted] d=[redacted]');
  });

  it('redacts deep structures and leaves other values alone', () => {
    expect(redactDeep({ a: ['x-secret-x', 2], b: { c: 'secret' } }, ['secret'])).toEqual({ a: ['x-[redacted]-x', 2], b: { c: '[redacted]' } });
  });
});
