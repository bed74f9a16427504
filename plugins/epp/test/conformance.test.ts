import * as vitest from 'vitest';
import { describeRegistrarConformance } from '@registrar-kit/conformance';

describeRegistrarConformance(vitest, { pluginDir: new URL('..', import.meta.url) });
