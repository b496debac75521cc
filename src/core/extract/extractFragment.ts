import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { languageOfFeedItem } from './detectLanguage.js';
import { htmlToText } from './htmlToText.js';
import { sanitizeArticle } from './sanitizeArticle.js';
import { trimBoilerplate } from './trimBoilerplate.js';

/**
 * The article of an HTML fragment that is already the article's body (a feed item's full
 * content): text, sanitised HTML and language, without looking for the body in a page around it.
 * Throws EMPTY_PAGE when the fragment holds no text.
 */
export function extractFragment(
  html: string,
  opts: { url: string | null; input: string; /** The feed's language, kept unless the text's script says otherwise. */ lang?: string | null },
): ExtractedArticle {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  const body = document.querySelector('article') as unknown as Node | null;
  const rawText = body === null ? '' : htmlToText(body);
  if (!/[\p{L}\p{N}]/u.test(rawText)) throw new RevueError('EMPTY_PAGE', { input: opts.input });
  const { lang, dir } = languageOfFeedItem(rawText, opts.lang ?? null);
  return {
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang,
    dir,
    text: trimBoilerplate(rawText),
    html: sanitizeArticle(html),
    url: opts.url,
  };
}
