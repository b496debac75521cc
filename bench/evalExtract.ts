// Scores Revue's extractor on the evaluation corpus: node --import tsx bench/evalExtract.ts ../shared/corpus/public [--json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { corpusPages, extractFile } from './corpusPredictions.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const corpusDir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/public');
const outArg = args.find((a) => a.startsWith('--out='));
const predFile = outArg ? resolve(outArg.slice(6)) : join(mkdtempSync(join(tmpdir(), 'revue-eval-')), 'pred.jsonl');

const started = performance.now();
const lines = corpusPages(corpusDir).map((p) => JSON.stringify(extractFile(p)));
writeFileSync(predFile, lines.join('\n') + '\n');
const seconds = (performance.now() - started) / 1000;

const scorer = join(dirname(corpusDir), 'score.mjs');
const table = execFileSync(process.execPath, [scorer, corpusDir, predFile, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
process.stdout.write(table);
if (!json) console.log(`\n${lines.length} pages in ${seconds.toFixed(1)} s; predictions: ${predFile}`);
