import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The first TypeScript block of the README's "Usage" section: what a platform copies first. */
function usageExample(): string {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const usage = readme.slice(readme.indexOf('\n## Usage'));
  const block = /```ts\n([\s\S]*?)```/.exec(usage);
  if (block?.[1] === undefined) throw new Error('README.md has no ```ts block under "## Usage"');
  return block[1];
}

/**
 * Typechecks `code` as a module inside this package, with the repository's compiler options, so
 * `@registrar-kit/host` resolves to this package's source (its own name, through `exports`).
 */
function typecheck(code: string): string[] {
  const configFile = ts.readConfigFile(join(packageDir, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, packageDir);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, composite: false, declaration: false, declarationMap: false, customConditions: ['@registrar-kit/source'] };
  const file = join(packageDir, 'src', '__readme-usage__.ts');
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (path) => (path === file ? code : readFile(path));
  host.fileExists = (path) => path === file || fileExists(path);
  host.getSourceFile = (path, language, onError, create) => (path === file ? ts.createSourceFile(path, code, language, true) : getSourceFile(path, language, onError, create));
  const program = ts.createProgram({ rootNames: [file], options, host });
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => `${d.file === undefined ? '' : `line ${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('host README', () => {
  it('has a Usage example that typechecks against the host and sdk types', () => {
    expect(typecheck(usageExample())).toEqual([]);
  }, 60_000);

  it('would report a type error in the example (the check is live)', () => {
    expect(typecheck(`${usageExample()}\nconst wrong: number = host.problems();\n`).join('\n')).toMatch(/not assignable to type 'number'/);
  }, 60_000);
});
