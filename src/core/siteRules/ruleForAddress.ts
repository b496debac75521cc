import type { SiteRule } from '../../shared/domain.js';
import type { SiteRules } from '../extract/applySiteRules.js';
import { addressCandidates } from '../text/publicationKey.js';

/**
 * The rule of an address among rules already read (a `revue extract` run with an archive): the
 * most specific domain first, as siteRuleForDomains chooses in the archive itself.
 */
export function ruleForAddress(rules: readonly SiteRule[], url: string | null | undefined): SiteRules | null {
  if (!url || rules.length === 0) return null;
  const byDomain = new Map(rules.map((r) => [r.domain, r]));
  for (const candidate of addressCandidates(url)) {
    const rule = byDomain.get(candidate);
    if (rule) return { body: rule.body, remove: rule.remove };
  }
  return null;
}
