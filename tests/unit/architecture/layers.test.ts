import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const probes: string[] = [];

/** Lints a real file placed in a layer, the way `npm run lint` would see it. */
async function lintProbe(relativePath: string, code: string): Promise<string[]> {
  const file = join(root, relativePath);
  writeFileSync(file, code);
  probes.push(file);
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

afterEach(() => {
  for (const file of probes.splice(0)) rmSync(file, { force: true });
});

describe('layer boundaries', () => {
  it('fails when core imports electron', async () => {
    const messages = await lintProbe('src/core/zz_probe_layers.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(messages.join('\n')).toContain('never imports electron');
  });

  it('fails when the renderer imports core or node:', async () => {
    const messages = await lintProbe(
      'src/renderer/src/zz_probe_layers.ts',
      "import { openRevue } from '../../core/revue';\nimport { readFileSync } from 'node:fs';\nexport const x = [openRevue, readFileSync];\n",
    );
    expect(messages).toHaveLength(2);
  });

  it('accepts core importing shared', async () => {
    const messages = await lintProbe(
      'src/core/zz_probe_layers.ts',
      "import { RevueError } from '../shared/errors.js';\nexport const x = RevueError;\n",
    );
    expect(messages).toEqual([]);
  });
});
