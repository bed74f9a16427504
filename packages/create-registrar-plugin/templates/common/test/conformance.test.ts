// The registrar-kit conformance suite, as vitest tests: every check the manifest implies, against
// the recorded cassettes. It loads the plugin from dist/ exactly as a host does, so `pretest`
// builds first.
import * as vitest from 'vitest';
import { describeRegistrarConformance } from '@registrar-kit/conformance';

describeRegistrarConformance(vitest, { pluginDir: new URL('..', import.meta.url) });
