import * as vitest from 'vitest';
import { describeRegistrarConformance } from '@registrar-kit/conformance';

// The cassettes carry their own settings; these are the base for checks outside a replay.
describeRegistrarConformance(vitest, {
  pluginDir: new URL('..', import.meta.url),
  settings: { endpoint: 'https://gateway.autodns.com', user: 'reseller', context: 4 },
});
