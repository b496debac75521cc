import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the CLI bundle (what `revue` runs after npm install)', () => {
  it('builds, answers --help, and opens an archive only when a command needs one', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'buildCli.mjs')], { cwd: ROOT });
    const bundle = join(ROOT, 'out', 'cli', 'revue.mjs');
    expect(existsSync(bundle)).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'revue-bundle-'));
    try {
      const dbPath = join(dir, 'archive.sqlite');
      const help = spawnSync(process.execPath, [bundle, '--db', dbPath, '--help'], { encoding: 'utf8' });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('revue');
      expect(existsSync(dbPath)).toBe(false);

      const created = spawnSync(process.execPath, [bundle, '--db', dbPath, 'review', 'new', '2025-12-31'], { encoding: 'utf8' });
      expect(created.status, created.stderr).toBe(0);
      const search = spawnSync(process.execPath, [bundle, '--db', dbPath, 'search', 'budget'], { encoding: 'utf8' });
      expect(search.status, search.stderr).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
