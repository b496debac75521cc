import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractLine } from '../src/shared/domain.js';
import { assertNotBinary, decodeHtml, extractArticle } from '../src/core/benchSupport/index.js';

/** The corpus pages of a folder, sorted, as paths. */
export function corpusPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

/** What `revue extract` prints for one page file: the article fields or the error code and message. */
export function extractFile(path: string): ExtractLine {
  try {
    const bytes = readFileSync(path);
    assertNotBinary(bytes, path);
    const { html } = decodeHtml(bytes);
    const { html: _body, ...article } = extractArticle(html, { input: path });
    return { input: path, ...article };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'INTERNAL';
    return { input: path, error: `${code}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
