import * as vitest from 'vitest';
import { describeRegistrarConformance } from '../src/index.js';

// The suite registered the way plugin authors use it, against the correct fixture plugin.
describeRegistrarConformance(vitest, { pluginDir: new URL('../../tests/fixtures/conformance-good/', import.meta.url) });
