import { readFileSync } from 'node:fs';
import { RegistrarError, isRegistrarError, validateWithSchema } from '@registrar-kit/sdk';
import { describe, expect, it } from 'vitest';
import { checkMessageResult, checkOutcome, checkPollAnswer, checkReconcile } from './answers.js';

const schema = JSON.parse(readFileSync(new URL('../outcome.schema.json', import.meta.url), 'utf8')) as { $defs: Record<string, unknown> };

describe('the precompiled answer validators', () => {
  it('are generated from outcome.schema.json and up to date (run scripts/generate-outcome-validator.mjs)', async () => {
    const { generateAnswerValidators } = (await import(new URL('../scripts/generate-outcome-validator.mjs', import.meta.url).href)) as { generateAnswerValidators(): Promise<string> };
    expect(await generateAnswerValidators()).toBe(readFileSync(new URL('./answer-validators.generated.ts', import.meta.url), 'utf8'));
  });

  it('agree with the whole schema on outcomes, poll answers and message results', () => {
    const against = (def: string, value: unknown): boolean => validateWithSchema({ ...structuredClone(schema), $id: `https://registrar-kit.dev/schemas/test/${def}.json`, $ref: `#/$defs/${def}` }, value).length === 0;
    const outcomes: unknown[] = [
      { status: 'done', result: { expires: '2027-01-01' } },
      { status: 'pending', ref: 'ctid-1', await: 'poll', step: 'queued' },
      { status: 'pending', ref: '', await: 'poll' },
      { status: 'pending', await: 'message' },
      { status: 'failed', error: { code: 'REMOTE', message: 'x', retryable: true } },
      { status: 'failed', error: { code: 'NOPE', message: 'x', retryable: true } },
      { status: 'maybe' },
    ];
    for (const o of outcomes) expect(checkOutcome(o).ok).toBe(against('outcome', o));
    const polls: unknown[] = [[], [{ ref: 'a', outcome: outcomes[0] }], [{ ref: 'a', outcome: outcomes[2] }], [{ ref: 'a' }], {}];
    for (const p of polls) expect(checkPollAnswer(p, ['a']).ok).toBe(against('pollAnswer', p));
    const messages: unknown[] = [{ matched: false, reason: 'not ours' }, { matched: false }, { matched: true, ref: 'a', outcome: outcomes[1] }, { matched: true, outcome: outcomes[1] }];
    for (const m of messages) expect(checkMessageResult(m).ok).toBe(against('messageResult', m));
  });
});

describe('checking what a plugin answered', () => {
  const problem = (value: unknown): string => {
    const checked = checkOutcome(value);
    if (checked.ok) throw new Error('expected a refusal');
    return checked.problem;
  };

  it('refuses what the host could not store, saying why', () => {
    const circular: Record<string, unknown> = { status: 'done' };
    circular.result = circular;
    expect(problem(circular)).toMatch(/circular/);
    expect(problem({ status: 'done', result: { n: 10n } })).toMatch(/\/result\/n is a BigInt/);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 20_000; i++) deep = { deep };
    expect(problem({ status: 'done', result: deep })).toMatch(/nested deeper than 32/);
    expect(problem({ status: 'done', result: 'x'.repeat(2_000_000) })).toMatch(/larger than 1048576 bytes/);
    expect(problem({ status: 'done', result: new Map() })).toMatch(/is a Map, not a plain object/);
    expect(problem({ status: 'done', result: () => 1 })).toMatch(/function/);
    expect(problem({ status: 'done', result: Number.NaN })).toMatch(/NaN/);
    expect(problem(undefined)).toMatch(/must be done\(result\), pending/);
    expect(problem({ status: 'pending', await: 'poll' })).toMatch(/ref/);
    expect(problem({ status: 'failed', error: new Error('boom') })).toMatch(/is an Error \(Error\), not a RegistrarError/);
    const getter = { status: 'done', get result(): unknown { throw new Error('gotcha'); } };
    expect(problem(getter)).toMatch(/getter or proxy threw/);
  });

  it('refuses an error that only carries the brand', () => {
    const fake = { status: 'failed', error: Object.defineProperty({ message: 'looks real' }, Symbol.for('registrar-kit.error'), { value: true }) };
    expect(problem(fake)).toMatch(/error.*code/);
  });

  it('rebuilds failures as genuine RegistrarErrors and copies results', () => {
    const result = { expires: new Date('2027-01-01T00:00:00Z'), tags: ['a', undefined] };
    const checked = checkOutcome({ status: 'done', result });
    expect(checked).toEqual({ ok: true, leaked: false, value: { status: 'done', result: { expires: '2027-01-01T00:00:00.000Z', tags: ['a', null] } } });
    const failed = checkOutcome({ status: 'failed', error: new RegistrarError({ code: 'NOT_AVAILABLE', message: 'Taken', registrarCode: '2302' }) });
    expect(failed.ok && failed.value.status === 'failed' && isRegistrarError(failed.value.error) && failed.value.error.registrarCode === '2302').toBe(true);
  });

  it('keeps whether the registrar received the request, and refuses a value outside no/unknown', () => {
    const failed = checkOutcome({ status: 'failed', error: new RegistrarError({ code: 'TRANSPORT', message: 'Could not reach the registrar', received: 'no' }) });
    expect(failed.ok && failed.value.status === 'failed' && failed.value.error.received).toBe('no');
    expect(problem({ status: 'failed', error: { code: 'TRANSPORT', message: 'Could not reach the registrar', retryable: true, received: 'yes' } })).toMatch(/received/);
  });

  it('scrubs secrets from every string and says so', () => {
    const secret = 'hunter2-very-secret';
    const scrub = (t: string): string => t.split(secret).join('[redacted]');
    const checked = checkOutcome({ status: 'pending', ref: `ref-${secret}`, await: 'poll', step: secret, data: { k: secret } }, { scrub });
    expect(checked.ok && checked.leaked).toBe(true);
    expect(JSON.stringify(checked)).not.toContain(secret);
  });

  it('checks reconcile answers, poll lists and message results around the outcome', () => {
    expect(checkReconcile(undefined).ok).toBe(false);
    expect(checkReconcile({ status: 'unknown' }).ok).toBe(false);
    expect(checkReconcile({ status: 'not-received' }).ok).toBe(true);
    const extra = checkPollAnswer([{ ref: 'z', outcome: { status: 'done', result: 1 } }], ['a']);
    expect(!extra.ok && extra.problem).toMatch(/not one of the refs asked about/);
    const inner = checkPollAnswer([{ ref: 'a', outcome: { status: 'pending', await: 'poll' } }], ['a']);
    expect(!inner.ok && inner.problem).toMatch(/poll answer \/0\/outcome/);
    expect(checkMessageResult({ matched: true, ref: 'a', outcome: { status: 'done', result: null } }).ok).toBe(true);
  });
});
