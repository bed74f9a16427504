import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
// The built host, imported by path exactly as a platform would import the published package.
// RK_BENCH_HOST_ENTRY (a path to another build's dist/index.js) benches that build instead.
export const hostEntry = process.env.RK_BENCH_HOST_ENTRY
  ? pathToFileURL(process.env.RK_BENCH_HOST_ENTRY).href
  : new URL('../../packages/host/dist/index.js', import.meta.url).href;
export const fixture = (name) => join(root, 'tests/fixtures', name);
export const tempFile = (name) => join(mkdtempSync(join(tmpdir(), 'rk-bench-')), name);

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const registrant = {
  type: 'person', firstName: 'Bench', lastName: 'Mark', address: ['1 Loop Rd'], postalCode: '10115', city: 'Berlin',
  country: 'DE', phone: '+49.301234567', email: 'bench@example.de',
};
export const nameservers = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];
export const registerInput = (domain) => ({ domain, period: 1, contacts: { registrant }, nameservers });

/** Nearest-rank percentile (p in 0..100) of a list of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const verdict = (ok) => (ok ? 'met' : '**not met**');
/** `1,234` for numbers, `—` for a figure a failed section could not produce. */
export const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en') : '—');

/**
 * Runs one benchmark section; a section that throws (e.g. the engine is mid-rewrite) yields
 * `{ error }` instead of stopping the whole run, so the other figures are still written.
 */
export async function section(name, fn) {
  const t0 = performance.now();
  try {
    const result = await fn();
    console.error(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    console.error(`bench section "${name}" failed:`, error);
    return { error: `${error?.code ? `${error.code}: ` : ''}${error?.message ?? String(error)}`.slice(0, 300) };
  }
}
