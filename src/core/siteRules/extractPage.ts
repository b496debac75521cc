import type { ExtractedArticle } from '../../shared/domain.js';
import { extractArticle, type ExtractOptions } from '../extract/extractArticle.js';
import type { SiteRules } from '../extract/applySiteRules.js';
import { addressCandidates } from '../text/publicationKey.js';
import type { Db } from '../store/database.js';
import { siteRuleForDomains } from '../store/siteRuleRepository.js';

/** The page an article came from, kept so that it can be extracted again. */
export interface OriginalPage {
  html: string;
  /** Where it was read (its site's rules apply); null for a file without an address. */
  url: string | null;
}

export interface ExtractedPage {
  article: ExtractedArticle;
  original: OriginalPage;
}

/** The editor's rules for the site of this address, if any. */
export function siteRulesFor(db: Db, url: string | null | undefined): SiteRules | null {
  if (!url) return null;
  const rule = siteRuleForDomains(db, addressCandidates(url));
  return rule ? { body: rule.body, remove: rule.remove } : null;
}

/**
 * Extracts a page with its site's rules, and keeps the page itself for a later re-extraction. A
 * page read without an address (a saved file) is ruled by the address it states (canonical link).
 */
export function extractPage(db: Db, html: string, opts: Omit<ExtractOptions, 'siteRules'>): ExtractedPage {
  const rules = siteRulesFor(db, opts.url);
  let article = extractArticle(html, { ...opts, siteRules: rules });
  if (!opts.url && article.url) {
    const stated = siteRulesFor(db, article.url);
    if (stated) article = extractArticle(html, { ...opts, siteRules: stated });
  }
  return { article, original: { html, url: opts.url ?? article.url } };
}
