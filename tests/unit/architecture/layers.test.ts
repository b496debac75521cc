import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/**
 * Lints source text as if it stood at `file` (an existing module of that layer, so the type-aware
 * parser knows it), the way `npm run lint` would see it. Nothing is written to src/.
 */
async function restricted(file: string, code: string, rule = 'no-restricted-imports'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

/** The messages of the rule that keeps SQL in core/store. */
const sqlOutsideStore = (file: string, code: string): Promise<string[]> => restricted(file, code, 'no-restricted-syntax');

describe('layer boundaries', () => {
  // The type-aware parser loads the whole TypeScript project on its first file: once, before the tests.
  beforeAll(async () => {
    await eslint.lintText('export {};\n', { filePath: join(root, 'src/core/revue.ts') });
  }, 120_000);

  it('fails when core imports electron', async () => {
    const messages = await restricted('src/core/revue.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(messages.join('\n')).toContain('never imports electron');
  });

  it('fails when the renderer imports core or node:', async () => {
    const messages = await restricted(
      'src/renderer/src/lib/api.ts',
      "import { openRevue } from '../../../core/revue';\nimport { readFileSync } from 'node:fs';\nexport const x = [openRevue, readFileSync];\n",
    );
    expect(messages).toHaveLength(2);
  });

  it('accepts core importing shared', async () => {
    expect(await restricted('src/core/revue.ts', "import { RevueError } from '../shared/errors.js';\nexport const x = RevueError;\n")).toEqual([]);
  });

  it.each([
    ['the CLI', 'src/cli/commands/backup.ts', '../../core/store/database.js'],
    ['the main process', 'src/main/ipc.ts', '../core/export/exportReview.js'],
    ['the server', 'src/server/startServer.ts', '../core/api/dispatch.js'],
    ['a benchmark', 'bench/exportBench.ts', '../src/core/store/articleRepository.js'],
  ])('fails when %s imports a core module other than its public entry', async (_shell, file, internal) => {
    const messages = await restricted(file, `import * as internal from '${internal}';\nexport const x = internal;\n`);
    expect(messages.join('\n')).toMatch(/public entry|benchSupport/);
  });

  it('lets the shells import the public entry, the CLI the archive’s language, and a benchmark benchSupport', async () => {
    expect(await restricted('src/cli/commands/backup.ts', "import type { Revue } from '../../core/revue.js';\nexport type X = Revue;\n")).toEqual([]);
    expect(await restricted('src/cli/main.ts', "import { archiveLanguage } from '../core/archiveLanguage.js';\nexport const x = archiveLanguage;\n")).toEqual([]);
    expect(
      (await restricted('src/server/startServer.ts', "import { archiveLanguage } from '../core/archiveLanguage.js';\nexport const x = archiveLanguage;\n")).join('\n'),
    ).toMatch(/public entry/);
    expect(await restricted('src/main/ipc.ts', "import type { Dispatch } from '../core/revue.js';\nexport type X = Dispatch;\n")).toEqual([]);
    expect(await restricted('bench/exportBench.ts', "import { buildDocx } from '../src/core/benchSupport/index.js';\nexport const x = buildDocx;\n")).toEqual([]);
  });

  it('fails when a shell opens SQLite itself', async () => {
    for (const file of ['src/cli/commands/backup.ts', 'src/main/ipc.ts', 'bench/exportBench.ts']) {
      expect((await restricted(file, "import Database from 'better-sqlite3';\nexport const x = Database;\n")).join('\n')).toContain('only core/store opens SQLite.');
    }
  });

  it('fails when a feature folder of the core opens SQLite itself', async () => {
    const messages = await restricted('src/core/backup/restoreArchive.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n");
    expect(messages.join('\n')).toContain('only core/store opens SQLite.');
    expect(await restricted('src/core/store/archiveFile.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n")).toEqual([]);
  });

  it.each([
    ['a query', 'export const q = "SELECT 1 FROM sqlite_master WHERE name = ?";\n'],
    ['a multi-line template query', 'export const q = (t: string) => `\n  DELETE FROM ${t} WHERE id = ?`;\n'],
    ['an insert', "export const q = 'INSERT OR IGNORE INTO tags (name) VALUES (?)';\n"],
    ['an ATTACH', "export const q = \"ATTACH DATABASE 'x.sqlite' AS other\";\n"],
    ['a pragma call', 'export const f = (db: { pragma(s: string): unknown }) => db.pragma("user_version");\n'],
  ])('fails on %s outside core/store', async (_what, code) => {
    for (const file of ['src/core/backup/restoreArchive.ts', 'src/cli/commands/backup.ts', 'bench/exportBench.ts']) {
      expect((await sqlOutsideStore(file, code)).join('\n')).toContain('SQL lives in core/store only');
    }
    expect(await sqlOutsideStore('src/core/store/archiveFile.ts', code)).toEqual([]);
  });

  it('does not take prose for SQL', async () => {
    const code = "export const a = 'Select the articles from the library';\nexport const b = `Update ${'x'} set`;\nexport const c = 'SELECTOR_INVALID';\n";
    expect(await sqlOutsideStore('src/core/backup/restoreArchive.ts', code)).toEqual([]);
  });

  it('fails when core/store imports a feature folder of the core, and lets it use core/text and shared', async () => {
    for (const feature of ['../publications/resolvePublication.js', '../import/saveArticle.js', '../revue.js']) {
      const messages = await restricted('src/core/store/migrations.ts', `import * as live from '${feature}';\nexport const x = live;\n`);
      expect(messages.join('\n')).toContain('core/store imports only core/text and shared');
    }
    const allowed = "import { publicationKey } from '../text/publicationKey.js';\nimport { RevueError } from '../../shared/errors.js';\nimport type { Db } from './database.js';\nexport const x = [publicationKey, RevueError];\nexport type D = Db;\n";
    expect(await restricted('src/core/store/migrations.ts', allowed)).toEqual([]);
  });

  it('fails when core/text imports anything of ours but shared', async () => {
    const messages = await restricted('src/core/text/publicationKey.ts', "import { insertArticle } from '../store/articleRepository.js';\nexport const x = insertArticle;\n");
    expect(messages.join('\n')).toContain('core/text imports only shared');
  });
});
