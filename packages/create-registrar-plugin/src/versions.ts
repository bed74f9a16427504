/**
 * The versions a scaffolded package depends on. They match this monorepo's packages and tools
 * (versions.test.ts fails when one drifts), so a new plugin builds with what the suite is tested with.
 */
export const VERSIONS = {
  sdk: '0.1.0',
  conformance: '0.1.0',
  msw: '^2.11.0',
  vitest: '^4.0.0',
  typescript: '~5.9.3',
  typesNode: '^20.19.0',
  fastXmlParser: '^5.3.0',
} as const;

/** A caret range on a package version: what the manifest's `sdk` and `conformance.suite` pin. */
export const caret = (version: string): string => `^${version}`;
