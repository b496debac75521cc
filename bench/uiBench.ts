// `npm run bench:ui`: the app as an editor feels it on a large archive. Builds (once, then reuses)
// a 100,000-article archive with the search benchmark's generator, serves it in the browser mode,
// drives Chromium with Playwright and measures what the editor waits for: the first list, the
// list after each keystroke, opening an article, the end of the list, the preview, the API
// during the daily backup, and the CLI's start.
//   npm run bench:ui -- [--json] [--articles=N] [--archive=FILE] [--keystrokes=N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
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

function ensureWebBuild(): void {
  if (existsSync(join(root, 'out', 'renderer', 'index.html'))) return;
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

async function api<T>(served: Served, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${served.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Time from navigation to the first rows of the list on screen. */
async function firstLoad(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await page.locator('[data-testid="article-row"] .row-title').first().waitFor();
  return performance.now() - started;
}

/**
 * Types `text` one key at a time, `gapMs` apart as an editor types, and measures for each key the
 * time until the list shows the results of the text typed so far (its search version changes).
 */
async function keystrokes(page: Page, text: string, gapMs: number): Promise<number[]> {
  return page.evaluate(
    async ([typed, gap]) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]');
      const list = document.querySelector<HTMLElement>('[data-testid="article-list"]');
      if (!input || !list) throw new Error('no search box or list');
      const times: number[] = [];
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
        times.push(ms);
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

async function preview(page: Page, served: Served): Promise<number> {
  // Today's review is the one the review pane opens on.
  const day = localIsoDay();
  const found = await api<{ hits: { id: number }[] }>(served, 'articles.search', { query: 'budget', limit: 30 });
  await api(served, 'reviews.addItems', { date: day, articleIds: found.hits.map((h) => h.id), lang: 'fr' });
  await page.reload();
  await page.locator('[data-testid="article-row"]').first().waitFor();
  const previewTab = page.getByTestId('review-tab-preview');
  if ((await previewTab.count()) === 0) return Number.NaN;
  const started = performance.now();
  await previewTab.click();
  await page.waitForFunction(() => {
    const host = document.querySelector('[data-testid="preview-page"]');
    return (host?.shadowRoot?.textContent ?? '').length > 200;
  });
  return performance.now() - started;
}

/** The longest API answer while the day's backup copies the archive (vs. the longest before it). */
async function stallDuringBackup(served: Served, backupFile: string): Promise<{ maxMs: number; baselineMs: number; backupMs: number }> {
  const answer = async (): Promise<number> => {
    const started = performance.now();
    await api(served, 'articles.search', { query: 'budget', limit: 50 });
    return performance.now() - started;
  };
  let baselineMs = 0;
  for (let i = 0; i < 20; i++) baselineMs = Math.max(baselineMs, await answer());
  const started = performance.now();
  let maxMs = 0;
  let sawTemp = false;
  const backups = dirname(backupFile);
  while (!existsSync(backupFile) && performance.now() - started < 600_000) {
    if (!sawTemp && existsSync(backups) && readdirSync(backups).some((name) => name.endsWith('.tmp'))) sawTemp = true;
    const ms = await answer();
    if (sawTemp) maxMs = Math.max(maxMs, ms);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { maxMs, baselineMs, backupMs: performance.now() - started };
}

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
  ensureWebBuild();
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'buildCli.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the CLI bundle could not be built');

  const backups = join(dirname(archive), 'backups');
  const todayBackup = join(backups, `revue-${localIsoDay()}.sqlite`);
  // The first launch of a day: no backup of today yet; it starts 3 s after launch for this run.
  rmSync(todayBackup, { force: true });

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    let served = await serve(3000);
    let page = await browser.newPage({ locale: 'fr-FR' });
    const firstLoadOfDayMs = await firstLoad(page, served.url);
    const stall = await stallDuringBackup(served, todayBackup);
    await page.close();
    await served.stop();

    // Warm: the archive's pages are in the OS cache, today's backup exists.
    served = await serve(600_000);
    page = await browser.newPage({ locale: 'fr-FR' });
    const firstLoadMs = await firstLoad(page, served.url);
    const total = (await api<{ total: number }>(served, 'articles.search', { limit: 1 })).total;
    const typed = 'budget des collectivités territoriales sécheresse'.slice(0, KEYSTROKES);
    const keys = (await keystrokes(page, typed, 180)).filter((ms) => Number.isFinite(ms));
    await page.getByTestId('library-search').fill('');
    await page.waitForTimeout(300);
    const openArticleMs = await openArticle(page);
    const scrollToEndMs = await scrollToEnd(page, total);
    const previewMs = await preview(page, served).catch((error: unknown) => {
      console.error(`preview not measured: ${error instanceof Error ? error.message : String(error)}`);
      return Number.NaN;
    });
    await page.close();
    await served.stop();

    const cliHelpMs = timeCommand(['--help'], 5);
    const cliSearchMs = timeCommand(['--db', archive, 'search', 'budget'], 5);

    const result = {
      articles: total,
      firstLoadMs: Math.round(firstLoadMs),
      firstLoadOfDayMs: Math.round(firstLoadOfDayMs),
      keystrokeToListMsMedian: quantile(keys, 0.5),
      keystrokeToListMsP95: quantile(keys, 0.95),
      openArticleMs: Math.round(openArticleMs),
      scrollToEndMs: Math.round(scrollToEndMs),
      previewMs: Math.round(previewMs),
      maxApiStallDuringBackupMs: Math.round(stall.maxMs),
      apiBaselineMaxMs: Math.round(stall.baselineMs),
      backupMs: Math.round(stall.backupMs),
      cliHelpMs: Math.round(cliHelpMs),
      cliSearchMs: Math.round(cliSearchMs),
    };
    if (json) console.log(JSON.stringify(result));
    else {
      console.log(`archive: ${total} articles (${archive})`);
      for (const [key, value] of Object.entries(result)) if (key !== 'articles') console.log(`  ${key.padEnd(26)} ${value}`);
    }
  } finally {
    await browser.close();
  }
}

await main();