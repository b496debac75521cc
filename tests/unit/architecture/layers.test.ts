import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/**
 * Lints source text as if it stood at `file` (an existing module of that layer, so the type-aware
 * parser knows it), the way `npm run lint` would see it. Nothing is written to src/.
 */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
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

  it('lets the shells import the public entry, and a benchmark benchSupport', async () => {
    expect(await restricted('src/cli/commands/backup.ts', "import type { Revue } from '../../core/revue.js';\nexport type X = Revue;\n")).toEqual([]);
    expect(await restricted('src/main/ipc.ts', "import type { Dispatch } from '../core/revue.js';\nexport type X = Dispatch;\n")).toEqual([]);
    expect(await restricted('bench/exportBench.ts', "import { buildDocx } from '../src/core/benchSupport/index.js';\nexport const x = buildDocx;\n")).toEqual([]);
  });

  it('fails when a shell opens SQLite itself', async () => {
    for (const file of ['src/cli/commands/backup.ts', 'src/main/ipc.ts', 'bench/exportBench.ts']) {
      expect((await restricted(file, "import Database from 'better-sqlite3';\nexport const x = Database;\n")).join('\n')).toContain('only core/store opens SQLite.');
    }
  });
});
