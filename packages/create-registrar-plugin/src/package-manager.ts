/** The package managers the next steps, README and CI workflow are written for. */
export type PackageManager = 'npm' | 'pnpm';

/**
 * The package manager that ran the scaffold (`pnpm create …` sets `npm_config_user_agent` to
 * `pnpm/10…`), so the printed commands and the CI workflow match what the author uses.
 */
export function detectPackageManager(userAgent: string | undefined): PackageManager {
  return userAgent?.startsWith('pnpm/') === true ? 'pnpm' : 'npm';
}

export interface Commands {
  install: string;
  /** Runs a package.json script: `npm run build` / `pnpm build`. */
  run: (script: string) => string;
  /** Runs an installed binary: `npx registrar-conformance` / `pnpm exec registrar-conformance`. */
  exec: string;
}

export function commandsFor(pm: PackageManager): Commands {
  return pm === 'pnpm'
    ? { install: 'pnpm install', run: (script) => `pnpm ${script}`, exec: 'pnpm exec' }
    : { install: 'npm install', run: (script) => (script === 'test' ? 'npm test' : `npm run ${script}`), exec: 'npx' };
}

/** `.github/workflows/ci.yml`: install from the lockfile, build, test, and the suite's JUnit report. */
export function ciWorkflow(pm: PackageManager): string {
  const c = commandsFor(pm);
  const setup =
    pm === 'pnpm'
      ? ['      - uses: pnpm/action-setup@v4', '        with:', '          version: 10', '      - uses: actions/setup-node@v4', '        with:', '          node-version: 20', '          cache: pnpm', '      - run: pnpm install --frozen-lockfile']
      : ['      - uses: actions/setup-node@v4', '        with:', '          node-version: 20', '          cache: npm', '      - run: npm ci'];
  return [
    'name: ci',
    'on:',
    '  push:',
    '  pull_request:',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    ...setup,
    `      - run: ${c.run('build')}`,
    `      - run: ${c.run('test')}`,
    `      - run: ${c.exec} registrar-conformance . --reporter junit --output conformance.xml`,
    '      - uses: actions/upload-artifact@v4',
    '        if: always()',
    '        with:',
    '          name: conformance',
    '          path: conformance.xml',
    '',
  ].join('\n');
}
