import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The shape issue 14 asks for, checked on the source: the engine is the only writer of host
// state, and the services it serves never reach back into the Host façade. (Runtime import cycles
// are refused by the `import-x/no-cycle` lint rule; this covers type-only imports too.)

const SRC = fileURLToPath(new URL('.', import.meta.url));

function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test-support' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.generated.ts') ? [path] : [];
  });
}

/** Store methods that change host state. Plugin state (`stateSet`) is the plugin's own key-value store. */
const STATE_WRITES = /(?<!engine)\.(insertOperation|updateOperation|putDomain|putOrder|insertTask|updateTask|insertInbound|updateInbound|appendLog|claimDuePending|claimSync|extendLeases|releaseLease|reschedule|putHost)\(/g;

describe('host architecture', () => {
  it('only the engine writes host state (the store implements the writes, the Action Log formats entries for the engine)', () => {
    const offenders = sources().flatMap((file) => {
      const rel = relative(SRC, file);
      if (rel.startsWith('engine/') || rel.startsWith('store/') || rel === 'action-log.ts') return [];
      return [...readFileSync(file, 'utf8').matchAll(STATE_WRITES)].map((m) => `${rel}: ${m[0]}`);
    });
    expect(offenders).toEqual([]);
  });

  it('the engine, tracker, inbound intake, dispatcher and recovery never import the Host façade', () => {
    const offenders = sources()
      .filter((file) => !relative(SRC, file).startsWith('host.') && relative(SRC, file) !== 'index.ts')
      .filter((file) => /from '\.{1,2}\/(\.\.\/)*host\.js'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual([]);
  });

  it('the façade stays thin', () => {
    expect(readFileSync(join(SRC, 'host.ts'), 'utf8').split('\n').length).toBeLessThan(320);
  });
});
