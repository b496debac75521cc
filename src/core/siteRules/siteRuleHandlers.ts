import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { listSiteRules } from '../store/siteRuleRepository.js';
import { reextractArticle } from './reextractArticle.js';
import { previewSiteRule, removeSiteRule, saveSiteRule } from './siteRuleService.js';

type SiteRuleMethods = 'siteRules.list' | 'siteRules.save' | 'siteRules.remove' | 'siteRules.preview' | 'articles.reextract';

/** Site rules (per-domain CSS selectors) and re-extraction of an article from its kept page. */
export function createSiteRuleHandlers(db: Db): Pick<ApiHandlers, SiteRuleMethods> {
  return {
    'siteRules.list': () => listSiteRules(db),
    'siteRules.save': (input) => saveSiteRule(db, input),
    'siteRules.remove': ({ domain }) => removeSiteRule(db, domain),
    'siteRules.preview': (input) => previewSiteRule(db, input),
    'articles.reextract': ({ id }) => reextractArticle(db, id),
  };
}
