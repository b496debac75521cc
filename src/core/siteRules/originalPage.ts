import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { prepareHtml } from '../extract/prepareHtml.js';

/*
 * What is kept is the page as extraction reads it (prepareHtml: executable scripts, styles, SVG
 * and comments out, JSON-LD kept), which re-extraction turns into the same article as the page
 * itself. Measured on 120 pages of ../shared/corpus (mean 97 kB), machine under load:
 *   whole page, brotli q5:     19.4 % of the page, 23 ms
 *   prepared page, brotli q3:  13.1 % of the page (14 kB), 8 ms (prepareHtml included)
 *   prepared page, brotli q5:  11.7 %, 30 ms
 * q3 on the prepared page: a third smaller than the whole page at q5, and three times faster.
 */
const OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 3 } };

/** The page's HTML as stored beside its article: what extraction reads of it, compressed. */
export function packPage(html: string): Buffer {
  return brotliCompressSync(Buffer.from(prepareHtml(html), 'utf8'), OPTIONS);
}

export function unpackPage(packed: Buffer): string {
  return brotliDecompressSync(packed).toString('utf8');
}
