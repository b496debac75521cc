// Export at a day's scale: a review of 60 items (a third Arabic) in a temporary archive, exported
// to DOCX and to PDF several times; medians, the PDF's once Chromium is started.
//   node bin/run-ts.mjs bench/exportBench.ts [--items=60] [--runs=7] [--json]
import { buildDocx } from '../src/core/benchSupport/index.js';
import { buildExportArchive } from './exportReviewArchive.js';
import { median, time } from './timing.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string, fallback: number): number => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ITEMS = option('items', 60);
const RUNS = option('runs', 7);


const archive = await buildExportArchive(ITEMS);
try {
  const { call } = archive.revue;
  const { reviewId } = archive;
  const docx = await time(RUNS, () => call('reviews.export', { reviewId, format: 'docx', lang: 'fr' }));
  const doc = archive.exportDocument(reviewId, 'fr');
  // Without the page estimate that fills the sommaire's numbers (what the rest of the export costs).
  const docxUnnumbered = await time(RUNS, () => buildDocx(doc, { estimatePages: false }));
  // Start Chromium (and warm it) before timing.
  await call('reviews.export', { reviewId, format: 'pdf', lang: 'fr' });
  const pdf = await time(RUNS, () => call('reviews.export', { reviewId, format: 'pdf', lang: 'fr' }));
  const result = { items: ITEMS, docxMedianMs: median(docx), pdfMedianMs: median(pdf) };
  if (json) console.log(JSON.stringify(result));
  else {
    console.log(`export of a review of ${ITEMS} items (${RUNS} runs)`);
    console.log(`  DOCX median ${result.docxMedianMs} ms (sommaire numbered by docx's page estimate; without it: ${median(docxUnnumbered)} ms)`);
    console.log(`  PDF  median ${result.pdfMedianMs} ms (Chromium started; two prints for the sommaire's page numbers)`);
  }
} finally {
  // Closing the archive stops the Chromium the PDF exports started.
  await archive.close();
}
