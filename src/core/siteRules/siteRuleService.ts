import type { ParsedInput } from '../../shared/contract.js';
import type { SiteRule, SiteRulePreview } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { extractArticle } from '../extract/extractArticle.js';
import { isValidSelector } from '../extract/applySiteRules.js';
import type { Db } from '../store/database.js';
import { deleteSiteRule, upsertSiteRule } from '../store/siteRuleRepository.js';
import { hostOf, normalizeDomain } from '../text/publicationKey.js';
import { articleOriginal } from './reextractArticle.js';
import { countMatches, pageBlocks } from './pageBlocks.js';

function domainOf(raw: string): string {
  const domain = normalizeDomain(raw);
  if (!domain) throw new RevueError('DOMAIN_INVALID', { domain: raw });
  return domain;
}

function checkSelectors(body: string | null, remove: readonly string[]): void {
  for (const selector of [...(body ? [body] : []), ...remove]) {
    if (!isValidSelector(selector)) throw new RevueError('SELECTOR_INVALID', { selector });
  }
}

/** Saves a site's rule (replacing the one it had); every selector is checked first. */
export function saveSiteRule(db: Db, input: ParsedInput<'siteRules.save'>, now = new Date()): SiteRule {
  const body = input.body?.trim() || null;
  const remove = input.remove.map((s) => s.trim()).filter((s) => s !== '');
  checkSelectors(body, remove);
  if (!body && remove.length === 0) throw new RevueError('SITE_RULE_EMPTY');
  return upsertSiteRule(db, { domain: domainOf(input.domain), body, remove }, now.toISOString());
}

export function removeSiteRule(db: Db, domain: string): { removed: boolean } {
  return { removed: deleteSiteRule(db, domainOf(domain)) };
}

/**
 * What a rule would make of an article's kept page, before it is saved: the text, how many
 * elements the body selector matches, and the page's blocks to choose from.
 */
export function previewSiteRule(db: Db, input: ParsedInput<'siteRules.preview'>): SiteRulePreview {
  const original = articleOriginal(db, input.articleId);
  const body = input.body?.trim() || null;
  const remove = input.remove.map((s) => s.trim()).filter((s) => s !== '');
  checkSelectors(body, remove);
  const article = extractArticle(original.html, { url: original.url, siteRules: { body, remove } });
  return {
    domain: hostOf(original.url),
    text: article.text,
    matched: body ? countMatches(original.html, body, remove) : null,
    blocks: pageBlocks(original.html),
  };
}
