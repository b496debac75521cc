// The background refresh at a press desk's scale: 300 feeds of 30 full-content items each,
// served on 127.0.0.1 by a child process over 30 sites (some slow, some failing, every one
// answering 304 to a conditional request), followed through an OPML import into a fresh archive.
// Times the first refresh (everything new) and the second (all 304), and the peak memory.
//   npm run bench:refresh [-- --json] [-- --feeds=300 --items=30]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openRevue } from '../src/core/revue.js';
import type { FeedPlan } from './refreshFeeds.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string, fallback: number): number => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const plan: FeedPlan = { feeds: option('feeds', 300), itemsPerFeed: option('items', 30), slowEvery: 20, slowMs: 1500, failEvery: 50 };
const SITES = 30;

const root = join(import.meta.dirname, '..');
const server = spawn(process.execPath, [join(root, 'bin', 'run-ts.mjs'), join(root, 'bench', 'refreshServer.ts'), JSON.stringify(plan), String(SITES)], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: server.stdout });
const nextLine = (): Promise<string> => new Promise((resolve) => lines.once('line', resolve));

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const dir = mkdtempSync(join(tmpdir(), 'revue-refresh-bench-'));
try {
  const { urls } = JSON.parse(await nextLine()) as { urls: string[] };
  const revue = openRevue({ dbPath: join(dir, 'revue.sqlite') });
  try {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Banc</title></head><body>${urls
      .map((url, i) => `<outline type="rss" text="Flux ${i}" xmlUrl="${url}"/>`)
      .join('')}</body></opml>`;
    const imported = await revue.call('sources.importOpml', { opml });

    let started = performance.now();
    const first = await revue.call('refresh.run', { all: true });
    const firstRefreshMs = Math.round(performance.now() - started);
    started = performance.now();
    const second = await revue.call('refresh.run', { all: true });
    const secondRefreshMs = Math.round(performance.now() - started);
    server.stdin.write('\n');
    const { notModified } = JSON.parse(await nextLine()) as { notModified: number };
    peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

    const result = {
      sources: imported.added.length,
      items: first.new,
      firstRefreshMs,
      secondRefreshMs,
      itemsPerSecond: Math.round(first.new / (firstRefreshMs / 1000)),
      peakRssMB: Math.round(peakRss / 1024 / 1024),
    };
    if (json) console.log(JSON.stringify(result));
    else {
      const failed = first.sources.filter((s) => s.failed).length;
      console.log(`refresh of ${result.sources} feeds × ${plan.itemsPerFeed} full-content items (${SITES} sites on 127.0.0.1; 1 in ${plan.slowEvery} slow by ${plan.slowMs} ms, 1 in ${plan.failEvery} answering 500)`);
      console.log(`  first refresh   ${result.firstRefreshMs} ms: ${result.items} new articles, ${failed} sources failed, ${result.itemsPerSecond} items/s`);
      console.log(`  second refresh  ${result.secondRefreshMs} ms: ${second.new} new, ${notModified} answers 304 (${second.sources.filter((s) => s.unchanged).length} sources unchanged)`);
      console.log(`  peak memory     ${result.peakRssMB} MB RSS`);
    }
  } finally {
    await revue.close();
  }
} finally {
  clearInterval(sampler);
  server.stdin.end();
  rmSync(dir, { recursive: true, force: true });
}
