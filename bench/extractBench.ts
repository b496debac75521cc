// Pages per second and text F1 of Revue's extractor against plain Readability on jsdom, same pages, same run:
//   node --import tsx bench/extractBench.ts [../shared/corpus/public] [--json] [--limit=N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml, extractArticle, htmlToText, looksBinary } from '../src/core/benchSupport/index.js';
import { corpusPages } from './corpusPredictions.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const corpusDir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/public');
const work = mkdtempSync(join(tmpdir(), 'revue-bench-'));

// Decoding is common to both and done once, outside the timings.
const pages = corpusPages(corpusDir)
  .slice(0, limit)
  .map((path) => ({ path, bytes: readFileSync(path) }))
  .filter((p) => !looksBinary(p.bytes))
  .map((p) => ({ path: p.path, html: decodeHtml(p.bytes).html }));

type Line = { input: string; text?: string; title?: string | null; error?: string };

function run(name: string, extract: (html: string) => Omit<Line, 'input'>): { seconds: number; file: string } {
  const lines: string[] = [];
  const started = performance.now();
  for (const p of pages) {
    let line: Line;
    try {
      line = { input: basename(p.path), ...extract(p.html) };
    } catch (error) {
      line = { input: basename(p.path), error: String(error) };
    }
    lines.push(JSON.stringify(line));
  }
  const seconds = (performance.now() - started) / 1000;
  const file = join(work, `${name}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return { seconds, file };
}

const virtualConsole = new VirtualConsole();
const revue = run('revue', (html) => {
  const a = extractArticle(html);
  return { title: a.title, text: a.text };
});
const readability = run('readability-jsdom', (html) => {
  const doc = new JSDOM(html, { virtualConsole }).window.document;
  const r = new Readability<Element>(doc, { serializer: (n) => n as Element }).parse();
  // Same paragraph rendering for both, so the F1 compares extraction, not formatting.
  return { title: r?.title ?? null, text: r?.content ? htmlToText(r.content) : '' };
});

interface Score { overall: { f1: { mean: number } | null; title: { mean: number } | null } }
function score(file: string): Score {
  const out = execFileSync(process.execPath, [join(dirname(corpusDir), 'score.mjs'), corpusDir, file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out) as Score;
}
const rs = score(revue.file);
const bs = score(readability.file);
const result = {
  pages: pages.length,
  revuePagesPerSecond: +(pages.length / revue.seconds).toFixed(1),
  readabilityJsdomPagesPerSecond: +(pages.length / readability.seconds).toFixed(1),
  speedup: +(readability.seconds / revue.seconds).toFixed(2),
  revueTextF1: rs.overall.f1?.mean ?? null,
  readabilityTextF1: bs.overall.f1?.mean ?? null,
  revueTitle: rs.overall.title?.mean ?? null,
  readabilityTitle: bs.overall.title?.mean ?? null,
};
if (json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(32)} ${String(v)}`);
  if (Number.isFinite(limit)) console.log('(F1 and title are means over all corpus pages: pages past --limit count as errors)');
}
