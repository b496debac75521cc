#!/usr/bin/env node
// Runs Doyensec's Electronegativity over src/ (main, preload, renderer) and fails on any finding.
// A finding that was reviewed and accepted is silenced at its line with the scanner's own
// comment, `// eng-disable CHECK_ID: why`; this script also fails when such a comment gives no
// reason (after a colon on the same line, or in a comment on the line above).
//
// Offline: the scanner tries to download translations and Electron's release list, fails
// quietly and goes on; `-e <version>` gives it the Electron version it cannot detect in src/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
const require = createRequire(import.meta.url);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = String(pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');

const scannerPkgPath = require.resolve('@doyensec/electronegativity/package.json');
const scannerPkg = JSON.parse(readFileSync(scannerPkgPath, 'utf8'));
const bin = typeof scannerPkg.bin === 'string' ? scannerPkg.bin : Object.values(scannerPkg.bin)[0];
const cli = join(dirname(scannerPkgPath), bin);

const out = mkdtempSync(join(tmpdir(), 'revue-electronegativity-'));
const csv = join(out, 'findings.csv');
const shim = join(import.meta.dirname, 'electronegativityShim.cjs');
const args = ['--require', shim, cli, '-i', src, '-r', '-v', 'false', '-o', csv, ...(electronVersion ? ['-e', electronVersion] : [])];
const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000 });
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  console.error(`electronegativity: the scanner failed (exit ${run.status ?? run.signal}).`);
  process.exit(2);
}
const rows = readFileSync(csv, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '');
rmSync(out, { recursive: true, force: true });

/** Every `eng-disable` comment in src/ without a reason. */
function unexplainedSuppressions() {
  const problems = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:[cm]?[jt]s|html|svelte)$/.test(entry.name)) {
        const lines = readFileSync(path, 'utf8').split('\n');
        lines.forEach((line, index) => {
          const match = /eng-disable\s+([A-Z_ ]+?)(?::\s*(\S.*))?$/.exec(line);
          if (!match) return;
          const above = (lines[index - 1] ?? '').trim();
          if (!match[2] && !/^(?:\/\/|\*|\/\*)\s*\S/.test(above)) {
            problems.push(`${relative(root, path)}:${index + 1}: eng-disable ${match[1].trim()} without a reason`);
          }
        });
      }
    }
  };
  walk(src);
  return problems;
}

const problems = [...rows.map((row) => `finding: ${row}`), ...unexplainedSuppressions()];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\nelectronegativity: ${problems.length} problem(s). Fix each one, or explain it at its line with` +
      ' `// eng-disable CHECK_ID: why` (see SECURITY.md).',
  );
  process.exit(1);
}
console.log(`electronegativity: no finding over src/ (Electron ${electronVersion || 'unknown'}).`);
