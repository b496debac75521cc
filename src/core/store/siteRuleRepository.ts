import type { SiteRule } from '../../shared/domain.js';
import type { Db } from './database.js';
import { cachedStatement } from './statementCache.js';

interface RuleRow {
  domain: string;
  body: string | null;
  remove: string;
  updated_at: string;
}

function toRule(row: RuleRow): SiteRule {
  return { domain: row.domain, body: row.body, remove: JSON.parse(row.remove) as string[], updatedAt: row.updated_at };
}

export function listSiteRules(db: Db): SiteRule[] {
  return (db.prepare('SELECT domain, body, remove, updated_at FROM site_rules ORDER BY domain').all() as RuleRow[]).map(toRule);
}

/** The rule of the first of these domains (most specific first) that has one. */
export function siteRuleForDomains(db: Db, candidates: readonly string[]): SiteRule | null {
  if (candidates.length === 0) return null;
  const rows = cachedStatement(db, 'SELECT domain, body, remove, updated_at FROM site_rules WHERE domain IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(candidates),
  ) as RuleRow[];
  for (const candidate of candidates) {
    const row = rows.find((r) => r.domain === candidate);
    if (row) return toRule(row);
  }
  return null;
}

/** Creates or replaces the rule of a domain. */
export function upsertSiteRule(db: Db, rule: { domain: string; body: string | null; remove: readonly string[] }, now: string): SiteRule {
  db.prepare(
    `INSERT INTO site_rules (domain, body, remove, updated_at) VALUES (@domain, @body, @remove, @now)
     ON CONFLICT (domain) DO UPDATE SET body = excluded.body, remove = excluded.remove, updated_at = excluded.updated_at`,
  ).run({ domain: rule.domain, body: rule.body, remove: JSON.stringify(rule.remove), now });
  return { domain: rule.domain, body: rule.body, remove: [...rule.remove], updatedAt: now };
}

export function deleteSiteRule(db: Db, domain: string): boolean {
  return db.prepare('DELETE FROM site_rules WHERE domain = ?').run(domain).changes > 0;
}
