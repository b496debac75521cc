import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const doc = readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');

interface RuleBlock {
  files: string[];
  rules: Record<string, unknown>;
}

/** The file globs of the table's first column, one set per row. */
function documentedLayers(): string[][] {
  return doc
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => [...(line.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
}

describe('docs/ARCHITECTURE.md', () => {
  it('lists exactly the layers the import rules cover, with the same files', async () => {
    const { layerRules } = (await import(pathToFileURL(join(root, 'eslint.layers.js')).href)) as { layerRules: RuleBlock[] };
    const ruled = layerRules.filter((block) => 'no-restricted-imports' in block.rules).map((block) => [...block.files].sort().join(' '));
    const documented = documentedLayers().map((files) => [...files].sort().join(' '));
    expect(documented.length).toBeGreaterThan(5);
    expect([...documented].sort()).toEqual([...ruled].sort());
  });

  it('names only files and folders that exist', () => {
    const paths = [...doc.matchAll(/`((?:src|tests|bench)\/[\w./-]+?)`/g)].map((m) => m[1] ?? '').filter((path) => !path.includes('*'));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('docs/ARCHITECTURE.md');
  });
});
