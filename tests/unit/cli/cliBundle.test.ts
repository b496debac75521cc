import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
      // A module hook lists every package the search imports: none of the heavy libraries that
      // only extraction, feeds, export and e-mail need (issue #17: a search starts fast).
      const hook = join(dir, 'listImports.mjs');
      const resolveHook = `export async function resolve(specifier, context, next) { if (/^[@a-z]/.test(specifier) && !specifier.startsWith('node:')) process.stderr.write('[package] ' + specifier + '\\n'); return next(specifier, context); }`;
      writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(resolveHook)}`)});\n`);
      const search = spawnSync(process.execPath, ['--import', hook, bundle, '--db', dbPath, 'search', 'budget'], { encoding: 'utf8' });
      expect(search.status, search.stderr).toBe(0);
      const packages = [...search.stderr.matchAll(/^\[package\] (\S+)$/gmu)].map((match) => match[1]);
      expect(packages).toContain('better-sqlite3');
      for (const heavy of ['linkedom', '@mozilla/readability', 'sanitize-html', 'docx', 'juice', 'nodemailer', 'playwright-core', 'mailparser', 'feedsmith']) {
        expect(packages.filter((name) => name?.startsWith(heavy))).toEqual([]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
