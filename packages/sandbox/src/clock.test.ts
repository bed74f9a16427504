import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualClock } from './clock.js';
import { ScenarioRules } from './rules.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('VirtualClock', () => {
  it('runs speed times faster than real time, and a speed change does not make it jump', () => {
    let real = 1_000;
    const clock = new VirtualClock({ start: Date.parse('2026-01-01T00:00:00Z'), speed: 60, realNow: () => real });
    real += 1_000;
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:00.000Z');
    clock.setSpeed(1);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:00.000Z');
    real += 1_000;
    expect(clock.now().toISOString()).toBe('2026-01-01T00:01:01.000Z');
    expect(() => clock.setSpeed(0)).toThrow(/positive/);
    clock.stop();
  });

  it('advance() runs every timer that became due, in order, and a cancelled one never', () => {
    const clock = new VirtualClock({ start: 0, realNow: () => 0 });
    const fired: string[] = [];
    clock.after(300, () => fired.push('b'));
    clock.after(100, () => fired.push('a'));
    const cancel = clock.after(200, () => fired.push('cancelled'));
    clock.after(900, () => fired.push('later'));
    cancel();
    clock.advance(300);
    expect(fired).toEqual(['a', 'b']);
    expect(clock.pendingTimers).toBe(1);
    clock.advance(600);
    expect(fired).toEqual(['a', 'b', 'later']);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('fires on its own when real time catches up (a sped-up clock needs a fraction of the real time)', () => {
    vi.useFakeTimers({ now: 0 });
    const clock = new VirtualClock({ start: 0, speed: 1000 });
    const fired: number[] = [];
    clock.after(600_000, () => fired.push(clock.nowMs()));
    vi.advanceTimersByTime(599);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([600_000]);
    clock.stop();
  });
});

describe('ScenarioRules', () => {
  it('picks the scenario by the first label, and wrong… auth codes', () => {
    const rules = new ScenarioRules({ pendingSeconds: 10, slowFactor: 3 });
    expect(['taken-x.com', 'reject.fr', 'slowpoke.de', 'failing.ru', 'example.com', 'my-taken.com'].map((d) => rules.scenario(d))).toEqual(['taken', 'reject', 'slow', 'fail', 'normal', 'normal']);
    expect(rules.pendingMs('slow.de')).toBe(30_000);
    expect(rules.pendingMs('fast.de')).toBe(10_000);
    expect(rules.isWrongAuthCode('WRONG-1')).toBe(true);
    expect(rules.isWrongAuthCode('EPP-1')).toBe(false);
    expect(rules.authCodeFor('a.fr')).toBe(rules.authCodeFor('a.fr'));
    expect(rules.authCodeFor('a.fr', 1)).not.toBe(rules.authCodeFor('a.fr'));
  });
});
