// `npm run bench:ui`: the app as an editor feels it on a large archive. Builds (once, then reuses)
// a 100,000-article archive with the search benchmark's generator, serves it in the browser mode,
// drives Chromium with Playwright and measures what the editor waits for: the first list, the
// list after each keystroke, opening an article, the end of the list, the preview, the API
// during the daily backup, and the CLI's start.
//   npm run bench:ui -- [--json] [--articles=N] [--archive=FILE] [--keystrokes=N] [--no-backup] [--no-web-build]
// (--no-backup: everything but the API during the backup, which writes a copy of the whole archive;
// --no-web-build: the renderer in out/renderer as it is, to compare two builds.)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.js';
import { localIsoDay } from '../src/shared/localDay.js';
import { serveRevue, type ServedRevue } from '../tests/support/serveRevue.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ARTICLES = Number(option('articles') ?? 100_000);
const KEYSTROKES = Number(option('keystrokes') ?? 40);
const withBackup = !args.includes('--no-backup');
const archive = option('archive') ?? join(tmpdir(), 'revue-bench-ui', `archive-${ARTICLES}.sqlite`);
const revueBin = join(root, 'bin', 'revue.mjs');

const log = (line: string): void => {
  if (!json) console.log(line);
};

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1));
}

/** The archive of the search benchmark, built once and kept for the next runs. */
function ensureArchive(): void {
  if (existsSync(archive)) return;
  log(`building a ${ARTICLES}-article archive (once; kept at ${archive})…`);
  const run = spawnSync(process.execPath, [join(root, 'bin', 'run-ts.mjs'), 'bench/searchBench.ts', `--articles=${ARTICLES}`, '--runs=1', '--keep', '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kept = /archive kept at (\S+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || !kept) throw new Error(`the search benchmark could not build the archive:\n${run.stderr}`);
  mkdirSync(dirname(archive), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(kept + suffix)) renameSync(kept + suffix, archive + suffix);
  rmSync(dirname(kept), { recursive: true, force: true });
}

/** Built each run, as the CLI is: a build left from older sources would be measured instead. */
function buildWeb(): void {
  log('building the browser mode…');
  const run = spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
  if (run.status !== 0) throw new Error('npm run build:web failed');
}

type Served = ServedRevue;

/** `revue serve` on the archive; the day's backup starts `backupAfterMs` after launch at the latest. */
function serve(backupAfterMs: number): Promise<Served> {
  // Long enough for a migration of the whole archive (it prints its progress meanwhile).
  return serveRevue({ dbPath: archive, env: { REVUE_BACKUP_MAX_WAIT_MS: String(backupAfterMs) }, timeoutMs: 1_800_000 });
}

/** The server's own time for a call, from its Server-Timing header (NaN when absent). */
function serverMsOf(header: string | null): number {
  return Number(/api;dur=([\d.]+)/.exec(header ?? '')?.[1] ?? Number.NaN);
}

async function apiTimed<T>(served: Served, method: string, input: unknown): Promise<{ value: T; serverMs: number }> {
  const response = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${served.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return { value: result.value as T, serverMs: serverMsOf(response.headers.get('server-timing')) };
}

async function api<T>(served: Served, method: string, input: unknown): Promise<T> {
  return (await apiTimed<T>(served, method, input)).value;
}

/**
 * CPU time (ms) a process has used so far, from /proc (Linux; NaN elsewhere): wall times on a busy
 * machine are mostly the wait for a core, CPU times are what the code costs.
 */
function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Reads the CPU time (ms) of the page's main thread since the meter was made (Chromium's ThreadTime; it follows navigations). */
async function pageCpuMeter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Math.round((metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? Number.NaN) * 1000);
  };
}

interface FirstLoad {
  ms: number;
  /** CPU used meanwhile: the page's main thread (its renderer is new), and the server. */
  cpu: { pageMs: number; serverMs: number };
  /** Where the time went, in the page's clock from navigation: the code run, the list's first request sent and answered, the server's own time for it. */
  steps: { domContentLoadedMs: number; searchSentMs: number; searchAnsweredMs: number; searchServerMs: number };
}

/** Time from navigation to the first rows of the list on screen, and where it went. */
async function firstLoad(page: Page, pageCpu: () => Promise<number>, url: string, serverPid: number | undefined): Promise<FirstLoad> {
  const serverCpu = processCpuMs(serverPid);
  const started = performance.now();
  await page.goto(url);
  await page.locator('[data-testid="article-row"] .row-title').first().waitFor();
  const ms = performance.now() - started;
  const cpu = { pageMs: await pageCpu(), serverMs: processCpuMs(serverPid) - serverCpu };
  const steps = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const search = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.endsWith('/api/articles.search'));
    return {
      domContentLoadedMs: Math.round(navigation?.domContentLoadedEventEnd ?? Number.NaN),
      searchSentMs: Math.round(search?.startTime ?? Number.NaN),
      searchAnsweredMs: Math.round(search?.responseEnd ?? Number.NaN),
      searchServerMs: Number((search?.serverTiming.find((timing) => timing.name === 'api')?.duration ?? Number.NaN).toFixed(1)),
    };
  });
  return { ms, cpu, steps };
}

/** One keystroke: the time until the list showed its results, and where it went. */
interface Keystroke {
  ms: number;
  /** From the key to the search's request (waiting for the search before it to answer). */
  waitMs: number;
  /** The server's own time for the search. */
  serverMs: number;
  /** The rest of the request's round trip: the network, and the wait for a core on the server. */
  transitMs: number;
  /** From the answer to the next frame with the rows drawn. */
  renderMs: number;
}

/**
 * Types `text` one key at a time, `gapMs` apart as an editor types, and measures for each key the
 * time until the list shows the results of the text typed so far (its search version changes),
 * split by the answer's resource timing.
 */
async function keystrokes(page: Page, text: string, gapMs: number): Promise<Keystroke[]> {
  return page.evaluate(
    async ([typed, gap]) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]');
      const list = document.querySelector<HTMLElement>('[data-testid="article-list"]');
      if (!input || !list) throw new Error('no search box or list');
      const times: { ms: number; waitMs: number; serverMs: number; transitMs: number; renderMs: number }[] = [];
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const char of typed) {
        const before = list.dataset.searchVersion;
        const started = performance.now();
        input.value += char;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const ms = await new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.dataset.searchVersion !== before) {
              observer.disconnect();
              // The rows are drawn in the same task as the attribute; the next frame shows them.
              requestAnimationFrame(() => resolve(performance.now() - started));
            }
          });
          observer.observe(list, { attributes: true, attributeFilter: ['data-search-version'] });
          setTimeout(() => {
            observer.disconnect();
            resolve(Number.NaN);
          }, 5000);
        });
        // The search that answered last before the rows were drawn is the one they show.
        const shown = started + ms;
        // (No named helper in here: the bundler's name wrapper does not exist in the page.)
        const answer = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => entry.name.endsWith('/api/articles.search'))
          .filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= shown)
          .at(-1);
        const serverMs = answer?.serverTiming.find((timing) => timing.name === 'api')?.duration ?? Number.NaN;
        times.push({
          ms,
          waitMs: answer ? Math.max(0, answer.startTime - started) : Number.NaN,
          serverMs,
          transitMs: answer ? answer.responseEnd - answer.startTime - serverMs : Number.NaN,
          renderMs: answer ? shown - answer.responseEnd : Number.NaN,
        });
        await new Promise((resolve) => setTimeout(resolve, gap));
      }
      return times;
    },
    [text, gapMs] as const,
  );
}

async function openArticle(page: Page): Promise<number> {
  const rows = page.locator('[data-testid="article-row"]');
  const target = rows.nth(3);
  const id = await target.getAttribute('data-id');
  const started = performance.now();
  await target.click();
  await page.locator(id ? `[data-testid="reader"][data-article-id="${id}"]` : '[data-testid="reader"]').waitFor();
  return performance.now() - started;
}

/** End in the list: until the last article's row is drawn with its title. */
async function scrollToEnd(page: Page, total: number): Promise<number> {
  await page.getByTestId('article-list').focus();
  const started = performance.now();
  await page.keyboard.press('End');
  await page.locator(`[data-index="${total - 1}"] .row-title`).first().waitFor({ timeout: 30_000 });
  return performance.now() - started;
}

interface Preview {
  ms: number;
  /** CPU used meanwhile: the page's main thread, and the server. */
  cpu: { pageMs: number; serverMs: number };
}

async function preview(page: Page, served: Served, pageCpu: () => Promise<number>): Promise<Preview> {
  // Today's review is the one the review pane opens on.
  const day = localIsoDay();
  const found = await api<{ hits: { id: number }[] }>(served, 'articles.search', { query: 'budget', limit: 30 });
  await api(served, 'reviews.addItems', { date: day, articleIds: found.hits.map((h) => h.id), lang: 'fr' });
  await page.reload();
  await page.locator('[data-testid="article-row"]').first().waitFor();
  // The editor clicks in an app at rest: its start-up requests (facets, counts, fonts at idle) are over.
  await page.waitForLoadState('networkidle');
  const previewTab = page.getByTestId('review-tab-preview');
  if ((await previewTab.count()) === 0) return { ms: Number.NaN, cpu: { pageMs: Number.NaN, serverMs: Number.NaN } };
  const cpuBefore = { page: await pageCpu(), server: processCpuMs(served.child.pid) };
  const started = performance.now();
  await previewTab.click();
  await page.waitForFunction(() => {
    const host = document.querySelector('[data-testid="preview-page"]');
    return (host?.shadowRoot?.textContent ?? '').length > 200;
  });
  const ms = performance.now() - started;
  return { ms, cpu: { pageMs: (await pageCpu()) - cpuBefore.page, serverMs: processCpuMs(served.child.pid) - cpuBefore.server } };
}

interface Answers {
  /** Round trips of the API calls, as the page waits for them. */
  ms: number[];
  /** The server's own time for each (Server-Timing). */
  serverMs: number[];
}

interface Stall {
  /** The same calls, the same way, in the same run: before the copy starts, and while it runs. */
  before: Answers;
  during: Answers;
  backupMs: number;
}

/**
 * The API's answers while the day's backup copies the archive, against the same calls in the
 * seconds before it starts (the backup starts on its own, `REVUE_BACKUP_MAX_WAIT_MS` after launch).
 */
async function stallDuringBackup(served: Served, backupFile: string): Promise<Stall> {
  const before: Answers = { ms: [], serverMs: [] };
  const during: Answers = { ms: [], serverMs: [] };
  const backups = dirname(backupFile);
  const copying = (): boolean => existsSync(backups) && readdirSync(backups).some((name) => name.endsWith('.tmp'));
  const started = performance.now();
  let copyStarted = Number.NaN;
  while (!existsSync(backupFile) && performance.now() - started < 900_000) {
    if (Number.isNaN(copyStarted) && copying()) copyStarted = performance.now();
    const sent = performance.now();
    const { serverMs } = await apiTimed(served, 'articles.search', { query: 'budget', limit: 50 });
    const into = Number.isNaN(copyStarted) ? before : during;
    into.ms.push(performance.now() - sent);
    into.serverMs.push(serverMs);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { before, during, backupMs: performance.now() - copyStarted };
}

const max = (values: number[]): number => Math.round(values.reduce((a, b) => Math.max(a, b), 0));

function timeCommand(argv: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [revueBin, ...argv], { cwd: root, stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`revue ${argv.join(' ')} failed`);
    times.push(performance.now() - started);
  }
  return quantile(times, 0.5);
}

async function main(): Promise<void> {
  ensureArchive();
  if (!args.includes('--no-web-build')) buildWeb();
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'buildCli.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the CLI bundle could not be built');

  const backups = join(dirname(archive), 'backups');
  const todayBackup = join(backups, `revue-${localIsoDay()}.sqlite`);
  // The first launch of a day: no backup of today yet; it starts 10 s after launch for this run,
  // so that the API is measured for a few seconds before it, then while it copies.
  rmSync(todayBackup, { force: true });

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  // Stopped in `finally` too: a failed step must not leave `revue serve` holding the archive.
  let served: Served | null = null;
  try {
    served = await serve(withBackup ? 10_000 : 600_000);
    let page = await browser.newPage({ locale: 'fr-FR' });
    const dayLoad = await firstLoad(page, await pageCpuMeter(page), served.url, served.child.pid);
    const noStall: Stall = { before: { ms: [], serverMs: [] }, during: { ms: [], serverMs: [] }, backupMs: Number.NaN };
    const stall = withBackup ? await stallDuringBackup(served, todayBackup) : noStall;
    await page.close();
    await served.stop();

    // Warm: the archive's pages are in the OS cache, today's backup exists.
    served = await serve(600_000);
    page = await browser.newPage({ locale: 'fr-FR' });
    const pageCpu = await pageCpuMeter(page);
    const warmLoad = await firstLoad(page, pageCpu, served.url, served.child.pid);
    const total = (await api<{ total: number }>(served, 'articles.search', { limit: 1 })).total;
    const typed = 'budget des collectivités territoriales sécheresse'.slice(0, KEYSTROKES);
    const typingCpu = { page: await pageCpu(), server: processCpuMs(served.child.pid) };
    const keys = (await keystrokes(page, typed, 180)).filter((key) => Number.isFinite(key.ms));
    const keyCpu = {
      pageMs: Number((((await pageCpu()) - typingCpu.page) / typed.length).toFixed(1)),
      serverMs: Number(((processCpuMs(served.child.pid) - typingCpu.server) / typed.length).toFixed(1)),
    };
    const keyMs = keys.map((key) => key.ms);
    const part = (name: Exclude<keyof Keystroke, 'ms'>): { median: number; p95: number } => {
      const values = keys.map((key) => key[name]).filter((ms) => Number.isFinite(ms));
      return { median: quantile(values, 0.5), p95: quantile(values, 0.95) };
    };
    await page.getByTestId('library-search').fill('');
    await page.waitForTimeout(300);
    const openArticleMs = await openArticle(page);
    const scrollToEndMs = await scrollToEnd(page, total);
    const shown = await preview(page, served, pageCpu).catch((error: unknown): Preview => {
      console.error(`preview not measured: ${error instanceof Error ? error.message : String(error)}`);
      return { ms: Number.NaN, cpu: { pageMs: Number.NaN, serverMs: Number.NaN } };
    });
    await page.close();
    await served.stop();

    const cliHelpMs = timeCommand(['--help'], 5);
    const cliSearchMs = timeCommand(['--db', archive, 'search', 'budget'], 5);

    const result = {
      articles: total,
      firstLoadMs: Math.round(warmLoad.ms),
      firstLoadOfDayMs: Math.round(dayLoad.ms),
      keystrokeToListMsMedian: quantile(keyMs, 0.5),
      keystrokeToListMsP95: quantile(keyMs, 0.95),
      openArticleMs: Math.round(openArticleMs),
      scrollToEndMs: Math.round(scrollToEndMs),
      previewMs: Math.round(shown.ms),
      maxApiStallDuringBackupMs: max(stall.during.ms),
      apiBaselineMaxMs: max(stall.before.ms),
      backupMs: Math.round(stall.backupMs),
      cliHelpMs: Math.round(cliHelpMs),
      cliSearchMs: Math.round(cliSearchMs),
      // Where the times above went (ms).
      detail: {
        firstLoad: { ...warmLoad.steps, cpu: warmLoad.cpu },
        firstLoadOfDay: { ...dayLoad.steps, cpu: dayLoad.cpu },
        preview: { cpu: shown.cpu },
        keystroke: { wait: part('waitMs'), server: part('serverMs'), transit: part('transitMs'), render: part('renderMs'), cpuPerKey: keyCpu },
        apiDuringBackup: { calls: stall.during.ms.length, p95Ms: quantile(stall.during.ms, 0.95), maxServerMs: max(stall.during.serverMs) },
        apiBeforeBackup: { calls: stall.before.ms.length, p95Ms: quantile(stall.before.ms, 0.95), maxServerMs: max(stall.before.serverMs) },
      },
    };
    if (json) console.log(JSON.stringify(result));
    else {
      console.log(`archive: ${total} articles (${archive})`);
      for (const [key, value] of Object.entries(result)) if (key !== 'articles') console.log(`  ${key.padEnd(26)} ${typeof value === 'object' ? JSON.stringify(value) : value}`);
    }
  } finally {
    await served?.stop();
    await browser.close();
    // The backup was taken to be timed: a copy of the whole archive is not left behind on disk.
    rmSync(todayBackup, { force: true });
  }
}

await main();