import type { ExtractLine } from '../../shared/domain.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';
import { extractArticle } from '../extract/extractArticle.js';
import { loadInput } from './loadInput.js';

/** The clean article of one page (a file or a URL), or its error: never touches an archive. */
export async function extractInput(input: string, originalUrl?: string): Promise<ExtractLine> {
  try {
    const loaded = await loadInput(input);
    if (loaded.kind === 'feed') throw new RevueError('NOT_HTML', { type: 'RSS/Atom', input });
    const { html: _html, ...article } = extractArticle(loaded.html, { url: originalUrl ?? loaded.url, input });
    return { input, ...article };
  } catch (error) {
    return { input, error: toSerializedError(error).message };
  }
}
