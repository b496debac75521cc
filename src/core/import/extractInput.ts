import type { Extraction, SiteRule } from '../../shared/domain.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';
import { extractArticle } from '../extract/extractArticle.js';
import { ruleForAddress } from '../siteRules/ruleForAddress.js';
import { loadInput } from './loadInput.js';

/**
 * The clean article of one page (a file or a URL), or its error: never touches an archive. With
 * an archive's site rules, the page's site rule applies as it would at import: the address the
 * page was read from, else the address it states (canonical link) for a saved file.
 */
export async function extractInput(input: string, originalUrl?: string, siteRules: readonly SiteRule[] = []): Promise<Extraction> {
  try {
    const loaded = await loadInput(input);
    if (loaded.kind === 'feed') throw new RevueError('NOT_HTML', { type: 'RSS/Atom', input });
    const url = originalUrl ?? loaded.url;
    let { html: _html, ...article } = extractArticle(loaded.html, { url, input, siteRules: ruleForAddress(siteRules, url) });
    const stated = !url ? ruleForAddress(siteRules, article.url) : null;
    if (stated) ({ html: _html, ...article } = extractArticle(loaded.html, { url, input, siteRules: stated }));
    return { input, ...article };
  } catch (error) {
    return { input, error: toSerializedError(error) };
  }
}
