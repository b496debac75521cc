import { describeQuote, quoteAnchorer } from '../../shared/anchoring/textQuote.js';
import type { ReextractResult } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { extractArticle } from '../extract/extractArticle.js';
import { articleNotFound } from '../library/notFound.js';
import type { Db } from '../store/database.js';
import { readArticleOriginal } from '../store/articleOriginalRepository.js';
import { readArticle } from '../store/articleRepository.js';
import { replaceArticleBody } from '../store/articleEditRepository.js';
import { listHighlights, reanchorHighlight } from '../store/highlightRepository.js';
import { minHashSignature, signatureToBuffer, textHash } from '../text/textFingerprint.js';
import { labelArticle } from '../topics/labelArticles.js';
import { siteRulesFor, type OriginalPage } from './extractPage.js';
import { unpackPage } from './originalPage.js';

/** The page a live article was extracted from; ORIGINAL_NOT_KEPT for articles imported before pages were kept, or pasted. */
export function articleOriginal(db: Db, articleId: number): OriginalPage {
  const article = readArticle(db, articleId);
  if (!article) throw articleNotFound(articleId);
  const stored = readArticleOriginal(db, articleId);
  if (!stored) throw new RevueError('ORIGINAL_NOT_KEPT', { title: article.title });
  return { html: unpackPage(stored.packed), url: stored.url };
}

/**
 * Extracts an article again from its kept page with its site's current rules, and replaces its body
 * (title, source, date and the editor's notes stay). Highlights whose quote is still in the text
 * are moved to it; the others are kept and listed, for the editor to decide.
 */
export function reextractArticle(db: Db, articleId: number, now = new Date()): ReextractResult {
  const original = articleOriginal(db, articleId);
  const extracted = extractArticle(original.html, { url: original.url, input: original.url ?? `article ${articleId}`, siteRules: siteRulesFor(db, original.url) });
  const signature = minHashSignature(extracted.text);
  return db.transaction((): ReextractResult => {
    const body = { text: extracted.text, html: extracted.html, textHash: textHash(extracted.text), shingles: signature ? signatureToBuffer(signature) : null };
    if (!replaceArticleBody(db, articleId, body, now.toISOString())) throw articleNotFound(articleId);
    labelArticle(db, articleId);
    const anchor = quoteAnchorer(extracted.text);
    let kept = 0;
    const unanchored: { id: number; exact: string }[] = [];
    for (const highlight of listHighlights(db, articleId)) {
      const range = anchor(highlight);
      if (!range) {
        unanchored.push({ id: highlight.id, exact: highlight.exact });
        continue;
      }
      const context = describeQuote(extracted.text, range.start, range.end);
      reanchorHighlight(db, highlight.id, context.prefix, context.suffix);
      kept++;
    }
    const article = readArticle(db, articleId);
    if (!article) throw articleNotFound(articleId);
    return { article, kept, unanchored };
  })();
}
