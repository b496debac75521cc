// Search at archive scale: builds an archive of generated articles (70 % French, 30 % Arabic,
// ~3.5 KB of text each, Zipf-distributed vocabulary) through the store's bulk path (benchSupport),
// in bulk transactions, then times typical library queries through the contract, as the app makes them.
// The text work of each batch (search normalisation, dedupe hash) runs in a worker thread while the
// main thread writes the previous batch, as a bulk import on two cores would.
//   node bin/run-ts.mjs bench/searchBench.ts [--articles=100000] [--runs=40] [--json] [--keep] [--no-worker]
//   [--archive=FILE]: time the queries on an archive a --keep run left, without building one
//   [--build=FILE]: build the archive at FILE and keep it (the 1,000,000-article measurement, not in CI);
//   a stopped build resumes where it stopped when run again with the same FILE and --articles
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { openBenchArchive, prepareArticleText, type BenchArchive, type BenchArticle, type PreparedText } from '../src/core/benchSupport/index.js';
import { openRevue } from '../src/core/revue.js';
import type { Input } from '../src/shared/contract.js';
import { generate, random, START, TWO_YEARS, type Generated } from './generateArchive.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const keep = args.includes('--keep');
const useWorker = !args.includes('--no-worker');
const option = (name: string, fallback: number): number =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ARTICLES = option('articles', 100_000);
const RUNS = option('runs', 40);
const BATCH = 1000;

let peakRss = 0;
const sampleRss = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

interface Prepared {
  texts: PreparedText[];
  /** CPU seconds the preparation took, wherever it ran. */
  cpuSeconds: number;
}

function prepareBatch(batch: readonly Generated[]): Prepared {
  const cpuStarted = process.cpuUsage();
  const texts = batch.map((a) => prepareArticleText({ title: a.title, byline: null, text: a.text, lang: a.lang }));
  const cpu = process.cpuUsage(cpuStarted);
  return { texts, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** A worker thread that prepares batches; it loads this file through tsx, as the main thread did. */
class Preparer {
  private readonly worker: Worker;
  private readonly waiting: ((prepared: Prepared) => void)[] = [];

  constructor() {
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => {
      tsx.register();
      return import(${JSON.stringify(import.meta.url)});
    })`;
    this.worker = new Worker(boot, { eval: true });
    this.worker.on('message', (prepared: Prepared) => this.waiting.shift()?.(prepared));
    this.worker.on('error', (error) => {
      throw error;
    });
  }

  prepare(batch: readonly Generated[]): Promise<Prepared> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

const rowOf = (a: Generated, prepared: PreparedText): BenchArticle => ({
  url: null,
  title: a.title,
  byline: null,
  siteName: a.siteName,
  publishedTime: a.publishedTime,
  lang: a.lang,
  dir: a.lang === 'ar' ? 'rtl' : 'ltr',
  text: a.text,
  html: a.html,
  importedAt: a.importedAt,
  prepared,
});

interface Built {
  /** Wall-clock seconds of the writes and of any wait for the worker. */
  seconds: number;
  /** CPU seconds of the main thread's writes. */
  writeCpuSeconds: number;
  /** CPU seconds of the text preparation (in the worker, or on the main thread without one). */
  prepareCpuSeconds: number;
  generationSeconds: number;
  /** Articles written by this run (fewer than the archive holds when it resumed a stopped build). */
  articles: number;
}

async function build(archive: BenchArchive): Promise<Built> {
  const preparer = useWorker ? new Preparer() : null;
  const built: Built = { seconds: 0, writeCpuSeconds: 0, prepareCpuSeconds: 0, generationSeconds: 0, articles: 0 };
  const generateBatch = (done: number): Generated[] => {
    const genStart = performance.now();
    const batch = Array.from({ length: Math.min(BATCH, ARTICLES - done) }, (_, i) => generate(done + i, ARTICLES));
    built.generationSeconds += (performance.now() - genStart) / 1000;
    return batch;
  };
  // A build that stopped resumes after its last whole batch: the generator is replayed up to there,
  // so the archive ends up the same as one built in one go.
  const start = archive.articleCount();
  if (start % BATCH !== 0) throw new Error(`${start} articles: not a whole number of batches, cannot resume`);
  if (start > 0) {
    const genStart = performance.now();
    for (let i = 0; i < start; i++) generate(i, ARTICLES);
    built.generationSeconds += (performance.now() - genStart) / 1000;
    if (!json) process.stderr.write(`resuming after ${start} articles\n`);
  }
  built.articles = ARTICLES - start;
  let batch = generateBatch(start);
  let pending = preparer?.prepare(batch);
  for (let done = start; done < ARTICLES; done += BATCH) {
    // The next batch is generated before the clock starts: generating is the benchmark's own work.
    const next = done + BATCH < ARTICLES ? generateBatch(done + BATCH) : [];
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const prepared = pending ? await pending : prepareBatch(batch);
    pending = preparer && next.length > 0 ? preparer.prepare(next) : undefined;
    archive.addArticles(batch.map((a, i) => rowOf(a, prepared.texts[i] as PreparedText)));
    built.seconds += (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    built.writeCpuSeconds += (cpu.user + cpu.system) / 1e6 - (preparer ? 0 : prepared.cpuSeconds);
    built.prepareCpuSeconds += prepared.cpuSeconds;
    sampleRss();
    if (!json && (done / BATCH) % 20 === 0) process.stderr.write(`\r${done + batch.length} articles…`);
    batch = next;
  }
  await preparer?.close();
  if (!json) process.stderr.write('\n');
  return built;
}

/** A few tags and reviews, so the tag and "unused" filters have something to do. */
function annotate(archive: BenchArchive): void {
  const now = new Date().toISOString();
  for (const [tag, every] of [['Maroc', 20], ['économie', 50], ['urgent', 500]] as const) {
    archive.tag(Array.from({ length: Math.floor(ARTICLES / every) }, (_, i) => i * every + 1), tag);
  }
  for (let day = 0; day < 60; day++) {
    const date = new Date(START + TWO_YEARS - day * 86_400_000).toISOString().slice(0, 10);
    archive.addReview(date, Array.from({ length: 12 }, () => 1 + Math.floor(random() * ARTICLES)), now);
  }
}

type SearchInput = Input<'articles.search'>;
const BASE: SearchInput = { query: '', asYouType: false, sort: 'date', unused: false, limit: 50, offset: 0 };
const QUERIES: { name: string; typical: boolean; input: SearchInput }[] = [
  { name: 'one word (sécheresse)', typical: true, input: { query: 'secheresse' } },
  { name: 'one word, relevance', typical: true, input: { query: 'sécheresse', sort: 'relevance' } },
  { name: 'common word (économie)', typical: true, input: { query: 'Économie' } },
  { name: 'two words', typical: true, input: { query: 'budget syndicats' } },
  { name: 'two words, relevance', typical: true, input: { query: 'budget syndicats', sort: 'relevance' } },
  { name: 'phrase', typical: true, input: { query: '"banque centrale"' } },
  { name: 'phrase, relevance', typical: true, input: { query: '"intelligence artificielle"', sort: 'relevance' } },
  { name: 'prefix (écono*)', typical: true, input: { query: 'écono*' } },
  { name: 'Arabic word', typical: true, input: { query: 'الجفاف' } },
  { name: 'Arabic word with tashkeel', typical: true, input: { query: 'الْجَفَاف' } },
  { name: 'Arabic, relevance', typical: true, input: { query: 'الميزانيه', sort: 'relevance' } },
  { name: 'exclusion', typical: true, input: { query: 'réforme -budget' } },
  { name: 'as you type (déf)', typical: true, input: { query: 'déf', asYouType: true } },
  { name: 'as you type, common prefix (con)', typical: true, input: { query: 'con', asYouType: true } },
  { name: 'another form (syndicat)', typical: true, input: { query: 'syndicat' } },
  { name: 'another form, relevance', typical: true, input: { query: 'syndicat', sort: 'relevance' } },
  { name: 'Arabic, another form (حكومة)', typical: true, input: { query: 'حكومة' } },
  { name: 'word + source + date range', typical: true, input: { query: 'réforme', source: 'Le Quotidien 3', from: '2025-01-01', to: '2025-06-30' } },
  { name: 'browse, newest first', typical: true, input: {} },
  { name: 'browse, lang ar, unused', typical: true, input: { lang: 'ar', unused: true } },
  { name: 'browse, tag', typical: true, input: { tag: 'urgent' } },
  { name: 'very common word (gouvernement)', typical: false, input: { query: 'gouvernement' } },
  { name: 'very common, relevance', typical: false, input: { query: 'gouvernement', sort: 'relevance' } },
  { name: 'two letters as you type (go)', typical: false, input: { query: 'go', asYouType: true } },
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

if (!isMainThread) {
  parentPort?.on('message', (batch: Generated[]) => parentPort?.postMessage(prepareBatch(batch)));
} else {
  await main();
}

function printBuild(built: Built, sizeMB: number, perSecond: number): void {
  console.log(`archive: ${ARTICLES} articles, ${sizeMB.toFixed(0)} MB, built in ${built.seconds.toFixed(1)} s${built.articles < ARTICLES ? ` (the last ${built.articles}, resumed)` : ''}`);
  console.log(`  ${perSecond} articles/s inserted and indexed, wall clock (${useWorker ? 'text prepared in a worker' : 'one thread'}; generating the text took ${built.generationSeconds.toFixed(1)} s more)`);
  // process.cpuUsage() counts every thread: per-thread figures only make sense without the worker.
  if (useWorker) console.log(`  per CPU second: run with --no-worker to split the writes from the text preparation`);
  else console.log(`  per CPU second: ${Math.round(built.articles / (built.writeCpuSeconds + built.prepareCpuSeconds))} in all; the writes ${((built.writeCpuSeconds / built.articles) * 1000).toFixed(3)} ms each, the text preparation ${((built.prepareCpuSeconds / built.articles) * 1000).toFixed(3)} ms each`);
}

async function main(): Promise<void> {
const reused = args.find((a) => a.startsWith('--archive='))?.slice('--archive='.length);
const buildAt = args.find((a) => a.startsWith('--build='))?.slice('--build='.length);
const dir = reused === undefined && buildAt === undefined ? mkdtempSync(join(tmpdir(), 'revue-search-bench-')) : null;
const dbPath = reused ?? buildAt ?? join(dir ?? '', 'archive.sqlite');
try {
  let built: Built | null = null;
  if (reused === undefined) {
    const archive = openBenchArchive(dbPath);
    built = await build(archive);
    annotate(archive);
    archive.close();
  }
  const revue = openRevue({ dbPath });
  sampleRss();
  const buildArticlesPerSecond = built ? Math.round(built.articles / built.seconds) : null;

  const perQuery: { name: string; typical: boolean; total: number; medianMs: number; p95Ms: number; cpuMedianMs: number; cpuP95Ms: number }[] = [];
  const typicalTimes: number[] = [];
  // CPU time of each query too: on a shared machine the wall time mostly measures the wait for a core.
  const typicalCpu: number[] = [];
  for (const q of QUERIES) {
    const input = { ...BASE, ...q.input };
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS + 2; run++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      total = (await revue.call('articles.search', input)).total;
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuStarted);
      if (run >= 2) times.push(ms); // the first two runs warm the caches
      if (run >= 2) cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    sampleRss();
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    if (q.typical) typicalTimes.push(...times);
    if (q.typical) typicalCpu.push(...cpuTimes);
    perQuery.push({
      name: q.name,
      typical: q.typical,
      total,
      medianMs: quantile(times, 0.5),
      p95Ms: quantile(times, 0.95),
      cpuMedianMs: quantile(cpuTimes, 0.5),
      cpuP95Ms: quantile(cpuTimes, 0.95),
    });
  }
  typicalTimes.sort((a, b) => a - b);
  typicalCpu.sort((a, b) => a - b);
  await revue.close();

  const result = {
    articles: ARTICLES,
    buildArticlesPerSecond,
    medianMs: Number(quantile(typicalTimes, 0.5).toFixed(2)),
    p95Ms: Number(quantile(typicalTimes, 0.95).toFixed(2)),
    cpuMedianMs: Number(quantile(typicalCpu, 0.5).toFixed(2)),
    cpuP95Ms: Number(quantile(typicalCpu, 0.95).toFixed(2)),
    rssMB: Math.round(peakRss / 1024 / 1024),
  };
  if (json) {
    console.log(JSON.stringify(result));
  } else {
    const size = statSync(dbPath).size / 1024 / 1024;
    if (built) printBuild(built, size, buildArticlesPerSecond ?? 0);
    else console.log(`archive: ${dbPath}, ${size.toFixed(0)} MB, reused`);
    console.log(`queries (limit 50, ${RUNS} runs each): median ms, p95 ms (wall clock; CPU time in brackets), matches`);
    const ms = (wall: number, cpu: number): string => `${wall.toFixed(2).padStart(7)} (${cpu.toFixed(2).padStart(5)})`;
    for (const q of perQuery) {
      console.log(`  ${q.name.padEnd(34)} ${ms(q.medianMs, q.cpuMedianMs)} ${ms(q.p95Ms, q.cpuP95Ms)}  ${q.total}${q.typical ? '' : '  (not in the typical set)'}`);
    }
    console.log(`typical queries: median ${result.medianMs} ms, p95 ${result.p95Ms} ms; peak RSS ${result.rssMB} MB`);
    console.log(`  CPU time of the typical queries: median ${result.cpuMedianMs} ms, p95 ${result.cpuP95Ms} ms (the load-independent part)`);
  }
} finally {
  if (keep) console.error(`archive kept at ${dbPath}`);
  else if (dir !== null) rmSync(dir, { recursive: true, force: true });
}
}
