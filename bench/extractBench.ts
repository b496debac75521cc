// Pages per second and text F1 of Revue's extractor against plain Readability on linkedom (the DOM Revue
// uses: the gap is the cost of Revue's own passes) and on jsdom, same pages, same run:
//   node --import tsx bench/extractBench.ts [../shared/corpus/public] [--json] [--limit=N] [--no-jsdom]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { decodeHtml, extractArticle, htmlToText, looksBinary, prepareHtml } from '../src/core/benchSupport/index.js';
import { corpusPages } from './corpusPredictions.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const withJsdom = !args.includes('--no-jsdom');
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

type Extractor = (html: string) => Omit<Line, 'input'>;

/**
 * Runs every extractor on each page in turn, so that the load of other jobs on a shared machine
 * falls on all of them alike and the ratio between them holds even when the absolute figures drift.
 */
function runAll(extractors: Record<string, Extractor>): Record<string, { seconds: number; file: string }> {
  const names = Object.keys(extractors);
  const lines = new Map(names.map((n) => [n, [] as string[]]));
  const seconds = new Map(names.map((n) => [n, 0]));
  for (const p of pages) {
    for (const name of names) {
      const extract = extractors[name] as Extractor;
      const started = performance.now();
      let line: Line;
      try {
        line = { input: basename(p.path), ...extract(p.html) };
      } catch (error) {
        line = { input: basename(p.path), error: String(error) };
      }
      seconds.set(name, (seconds.get(name) ?? 0) + (performance.now() - started) / 1000);
      lines.get(name)?.push(JSON.stringify(line));
    }
  }
  const out: Record<string, { seconds: number; file: string }> = {};
  for (const name of names) {
    const file = join(work, `${name}.jsonl`);
    writeFileSync(file, (lines.get(name) ?? []).join('\n') + '\n');
    out[name] = { seconds: seconds.get(name) ?? 0, file };
  }
  return out;
}

/** Readability alone on a document, with the same paragraph rendering as Revue, so the F1 compares extraction, not formatting. */
function readabilityOn(doc: Document): Omit<Line, 'input'> {
  const r = new Readability<Element>(doc, { serializer: (n) => n as Element }).parse();
  return { title: r?.title ?? null, text: r?.content ? htmlToText(r.content) : '' };
}

const virtualConsole = new VirtualConsole();
const runs = runAll({
  revue: (html) => {
    const a = extractArticle(html);
    return { title: a.title, text: a.text };
  },
  // The same script and comment stripping as Revue before parsing: only the passes around Readability differ.
  'readability-linkedom': (html) => readabilityOn(parseHTML(prepareHtml(html)).document as unknown as Document),
  ...(withJsdom ? { 'readability-jsdom': (html: string) => readabilityOn(new JSDOM(html, { virtualConsole }).window.document) } : {}),
});
const revue = runs['revue'] as { seconds: number; file: string };
const linkedom = runs['readability-linkedom'] as { seconds: number; file: string };
const readability = runs['readability-jsdom'] ?? null;

interface Score { overall: { f1: { mean: number } | null; title: { mean: number } | null } }
function score(file: string): Score {
  const out = execFileSync(process.execPath, [join(dirname(corpusDir), 'score.mjs'), corpusDir, file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out) as Score;
}
const rs = score(revue.file);
const ls = score(linkedom.file);
const bs = readability ? score(readability.file) : null;
const result = {
  pages: pages.length,
  revuePagesPerSecond: +(pages.length / revue.seconds).toFixed(1),
  readabilityLinkedomPagesPerSecond: +(pages.length / linkedom.seconds).toFixed(1),
  /** Revue's pages per second as a share of Readability's on the same DOM. */
  revueVsLinkedom: +(linkedom.seconds / revue.seconds).toFixed(2),
  readabilityJsdomPagesPerSecond: readability ? +(pages.length / readability.seconds).toFixed(1) : null,
  speedup: readability ? +(readability.seconds / revue.seconds).toFixed(2) : null,
  revueTextF1: rs.overall.f1?.mean ?? null,
  readabilityLinkedomTextF1: ls.overall.f1?.mean ?? null,
  readabilityTextF1: bs?.overall.f1?.mean ?? null,
  revueTitle: rs.overall.title?.mean ?? null,
  readabilityLinkedomTitle: ls.overall.title?.mean ?? null,
  readabilityTitle: bs?.overall.title?.mean ?? null,
};
if (json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(32)} ${String(v)}`);
  if (Number.isFinite(limit)) console.log('(F1 and title are means over all corpus pages: pages past --limit count as errors)');
}
