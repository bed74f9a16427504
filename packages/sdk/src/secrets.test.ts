import { describe, expect, it } from 'vitest';
import { containsSecret, redact, redactDeep, secretPaths, secretValues } from './secrets.js';

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

describe('secret forms a plugin or a wire format can produce', () => {
  const secret = 'Sk-Live_9fA2-x7Q';
  const forms: Record<string, string> = {
    raw: secret,
    'lower case': secret.toLowerCase(),
    'upper case': secret.toUpperCase(),
    hex: Buffer.from(secret).toString('hex'),
    'upper hex': Buffer.from(secret).toString('hex').toUpperCase(),
    'URL-encoded': encodeURIComponent(`${secret} &`),
    base64: Buffer.from(secret).toString('base64'),
    'base64url without padding': Buffer.from(secret).toString('base64url'),
    'HTTP Basic user:secret': Buffer.from(`reseller:${secret}`).toString('base64'),
    'HTTP Basic with a one-letter user': Buffer.from(`u:${secret}`).toString('base64'),
    'base64 of JSON around it': Buffer.from(JSON.stringify({ user: 'x', key: secret })).toString('base64'),
    'JSON-escaped': JSON.stringify(`${secret}"`).slice(1, -1),
  };
  for (const [name, form] of Object.entries(forms)) {
    it(`finds and redacts the ${name} form`, () => {
      const text = `before ${form} after`;
      expect(containsSecret(text, [secret])).toBe(true);
      const out = redact(text, [secret]);
      expect(out).toContain('[redacted]');
      expect(out.startsWith('before ')).toBe(true);
      // Nothing recognisable of the secret remains in any of the forms.
      for (const other of Object.values(forms)) if (other.length >= 8) expect(out).not.toContain(other);
    });
  }

  it('leaves text without the secret untouched', () => {
    expect(redact('nothing to see, base64 aGVsbG8gd29ybGQ= hex 68656c6c6f', [secret])).toBe('nothing to see, base64 aGVsbG8gd29ybGQ= hex 68656c6c6f');
    expect(containsSecret('nothing', [secret])).toBe(false);
  });
});
