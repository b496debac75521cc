// `npm run bench`: every benchmark of the project in turn, each printing its own figures.
// Benchmarks that read the evaluation corpus skip with a message where ../shared/corpus is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const corpus = join(root, '..', 'shared', 'corpus', 'public');
const passThrough = process.argv.slice(2);

const benches: { script: string; needsCorpus: boolean; args: string[] }[] = [
  { script: 'bench/extractBench.ts', needsCorpus: true, args: [corpus] },
  { script: 'bench/searchBench.ts', needsCorpus: false, args: [] },
  { script: 'bench/exportBench.ts', needsCorpus: false, args: [] },
  { script: 'bench/uiBench.ts', needsCorpus: false, args: [] },
  { script: 'bench/sendBench.ts', needsCorpus: false, args: [] },
  { script: 'bench/refreshBench.ts', needsCorpus: false, args: [] },
];

let failed = false;
for (const bench of benches) {
  if (bench.needsCorpus && !existsSync(corpus)) {
    console.log(`${bench.script}: skipped (no corpus at ${corpus})`);
    continue;
  }
  console.log(`\n== ${bench.script}`);
  const run = spawnSync(process.execPath, [join(root, 'bin', 'run-ts.mjs'), bench.script, ...bench.args, ...passThrough], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
