import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
// The built host, imported by path exactly as a platform would import the published package.
export const hostEntry = new URL('../../packages/host/dist/index.js', import.meta.url).href;
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
