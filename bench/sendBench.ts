// The e-mail edition at a day's scale: a review of 60 items (a third Arabic) in a temporary
// archive; builds the HTML e-mail (juice-inlined) and the .eml draft without the PDF, several
// times; medians. No network, no Chromium.
//   node bin/run-ts.mjs bench/sendBench.ts [--items=60] [--runs=9] [--json]
import { buildExportArchive } from './exportReviewArchive.js';
import { median, time } from './timing.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string, fallback: number): number => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ITEMS = option('items', 60);
const RUNS = option('runs', 9);

const cpuMs: Record<string, number[]> = {};

/**
 * One run first, untimed (module loading and the JIT are not the edition's cost), then RUNS timed.
 * The process's CPU time is kept too: on a machine shared with other work the wall time mostly
 * measures waiting for a core.
 */
async function warmTime(name: string, run: () => unknown): Promise<number[]> {
  await run();
  const cpu = (cpuMs[name] = [] as number[]);
  return time(RUNS, async () => {
    const before = process.cpuUsage();
    await run();
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  });
}

const archive = await buildExportArchive(ITEMS);
try {
  const { call } = archive.revue;
  const { reviewId } = archive;
  let htmlBytes = 0;
  let emlBytes = 0;
  // Through the contract, as the app asks for them: the preview builds the HTML and the text.
  const html = await warmTime('html', async () => {
    htmlBytes = (await call('send.preview', { reviewId, lang: 'fr' })).html.length;
  });
  const eml = await warmTime('eml', async () => {
    emlBytes = Buffer.from((await call('reviews.export', { reviewId, format: 'eml', lang: 'fr', attach: ['docx'] })).dataBase64, 'base64').length;
  });
  const result = { items: ITEMS, htmlMs: median(html), emlMs: median(eml) };
  if (json) console.log(JSON.stringify(result));
  else {
    console.log(`e-mail edition of a review of ${ITEMS} items (${RUNS} runs, medians)`);
    console.log(`  HTML + text  ${result.htmlMs} ms, CPU ${median(cpuMs.html ?? [])} ms (${Math.round(htmlBytes / 1024)} KB of HTML, styles inlined by juice)`);
    console.log(`  .eml draft   ${result.emlMs} ms, CPU ${median(cpuMs.eml ?? [])} ms (${Math.round(emlBytes / 1024)} KB, with the DOCX attached; no PDF)`);
  }
} finally {
  await archive.close();
}
