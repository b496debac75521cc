// The core's public entry for the benchmarks alone (eslint.layers.js allows it to bench/ only).
// A benchmark times what the contract reaches through `openRevue(...).call`; what it cannot reach
// that way is here, named for what it is: the extractor on raw pages (the extraction benchmark
// and evaluation read a corpus of files, with no archive), the DOCX builder alone, and an
// archive filled in bulk (100 000 articles cannot come in through imports in a benchmark's time).
export { assertNotBinary, decodeHtml, looksBinary } from '../extract/decodeHtml.js';
export { extractArticle } from '../extract/extractArticle.js';
export { htmlToText } from '../extract/htmlToText.js';
export { prepareHtml } from '../extract/prepareHtml.js';
export { buildDocx } from '../export/buildDocx.js';
export { prepareArticleText, type PreparedText } from '../text/prepareArticleText.js';
export { openBenchArchive, type BenchArchive, type BenchArticle } from './benchArchive.js';
