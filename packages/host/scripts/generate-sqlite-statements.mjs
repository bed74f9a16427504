// Generates src/store/sqlite-statements.generated.ts: the SQL and bound-parameter order of every
// fixed statement of the SQLite store, compiled at build time by Kysely from the builders in
// src/store/statements.ts (the source of truth), so the store prepares them at run time without
// loading Kysely. src/store/statements.test.ts fails when the committed file is stale.
//
//   node packages/host/scripts/generate-sqlite-statements.mjs   (or: pnpm --filter @registrar-kit/host generate:sqlite-statements)
//
// statements.ts is TypeScript: it is transpiled here with the workspace's TypeScript (types
// erased, nothing checked: `pnpm typecheck` does that), its one run-time import — kysely — pointed
// at the host's own copy, and imported from a temporary file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const SOURCE = new URL('../src/store/statements.ts', import.meta.url);
const TARGET = new URL('../src/store/sqlite-statements.generated.ts', import.meta.url);

/** Imports src/store/statements.ts (transpiled) and returns the module. */
export async function loadStatements() {
  const { outputText } = ts.transpileModule(await readFile(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    fileName: 'statements.ts',
  });
  const imports = [...outputText.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  const others = imports.filter((s) => s !== 'kysely');
  if (others.length > 0) throw new Error(`statements.ts may import only kysely at run time (types are erased), found: ${others.join(', ')}`);
  const kysely = import.meta.resolve('kysely');
  const js = outputText.replace(/(\bfrom\s+)(['"])kysely\2/g, (_, from) => `${from}${JSON.stringify(kysely)}`);
  const dir = await mkdtemp(join(tmpdir(), 'rk-statements-'));
  try {
    const file = join(dir, 'statements.mjs');
    await writeFile(file, js);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A string literal: a template literal when that needs no escape (SQL reads better unescaped). */
const literal = (s) => (/[`\\]|\$\{/.test(s) ? JSON.stringify(s) : `\`${s}\``);
const value = (v) => (typeof v === 'string' ? JSON.stringify(v) : `{ value: ${JSON.stringify(v.value)} }`);

/** The generated module's text for compiled statements (name → { sql, params }). */
export function render(statements) {
  const entries = Object.keys(statements)
    .sort()
    .map((name) => {
      const { sql, params } = statements[name];
      return `  ${name}: {\n    sql: ${literal(sql)},\n    params: [${params.map(value).join(', ')}],\n  },`;
    });
  return [
    '// Generated from src/store/statements.ts by scripts/generate-sqlite-statements.mjs: do not edit.',
    '// The fixed statements of the SQLite store as Kysely compiles them; per `?` of the SQL, the name',
    '// of the argument bound there, or a constant of the statement.',
    '',
    'export const STATEMENTS = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n');
}

export async function generateSqliteStatements() {
  const { compileFixedStatements } = await loadStatements();
  return render(compileFixedStatements());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(TARGET, await generateSqliteStatements());
}
