import { readFileSync } from 'node:fs';
import { validateWithSchema } from '@registrar-kit/sdk';
import { describe, expect, it } from 'vitest';
import { checkConfig, configSchema } from './config.js';

describe('the precompiled configuration validator', () => {
  it('is generated from config.schema.json and up to date (run scripts/generate-config-validator.mjs)', async () => {
    const { generateConfigValidator } = (await import(new URL('../scripts/generate-config-validator.mjs', import.meta.url).href)) as {
      generateConfigValidator(): Promise<string>;
    };
    const committed = readFileSync(new URL('./config-validator.generated.ts', import.meta.url), 'utf8');
    expect(await generateConfigValidator()).toBe(committed);
  });

  it('reports exactly what validating against the schema at run time reports', () => {
    const plugin = { name: 'netim', package: '@registrar-kit/plugin-netim', settings: { apiKey: { $env: 'NETIM_KEY' } } };
    const configs: unknown[] = [
      null,
      [],
      {},
      { plugins: [plugin], connectors: [{ tld: 'com', plugin: 'netim' }] },
      { plugins: [{ ...plugin, name: 'Net Im', surprise: 1 }], connectors: [{ tld: '.COM', plugin: 'netim', modes: { register: 'sometimes' }, flags: { dnssec: true } }] },
      { store: { sqlite: '' }, plugins: [{ package: '' }], connectors: 'none', mail: { smtpUrl: { $env: 'not valid' } }, inbound: { smtp: { port: 70000 } }, tracker: { leaseSeconds: 0, batchSize: 1.5 } },
      { plugins: [plugin], connectors: [], mail: { smtpUrl: 5 } },
    ];
    for (const config of configs) {
      expect(checkConfig(config)).toEqual(validateWithSchema(structuredClone(configSchema), config));
      expect(checkConfig(config, 'registrar-kit.config.json')).toEqual(validateWithSchema(structuredClone(configSchema), config).map((i) => ({ ...i, file: 'registrar-kit.config.json' })));
    }
    expect(checkConfig(configs[4])).toContainEqual({ path: '/plugins/0/name', message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' });
  });
});
