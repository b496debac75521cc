import { parseHTML } from 'linkedom';

/**
 * A site's own extraction rules, as Miniflux's scraper rules and FreshRSS's CSS filters: CSS
 * selectors chosen by the editor for one domain.
 */
export interface SiteRules {
  /** The article's body: every element it matches, in page order. Null: let extraction find it. */
  body?: string | null;
  /** Parts of the page that are never the article (a comments block, a "read also" box). */
  remove?: readonly string[];
}

/** Whether a CSS selector is one the extractor's DOM can run (a bad one would throw at every import). */
export function isValidSelector(selector: string): boolean {
  if (selector.trim() === '') return false;
  try {
    parseHTML('<!doctype html><html><body></body></html>').document.querySelectorAll(selector);
    return true;
  } catch {
    return false;
  }
}

function select(root: Document, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    // Rules are checked when saved; one written by hand in an older archive must not stop imports.
    return [];
  }
}

/**
 * Removes what `rules.remove` matches from the page, then returns the body `rules.body` points at
 * (its matches gathered in one element, nested matches counted once), or null when there is no body
 * rule or it matches nothing: extraction then finds the body as usual.
 */
export function applySiteRules(doc: Document, rules: SiteRules): Element | null {
  for (const selector of rules.remove ?? []) for (const el of select(doc, selector)) el.remove();
  if (!rules.body) return null;
  const matches = select(doc, rules.body);
  const outer = matches.filter((el) => !matches.some((other) => other !== el && other.contains(el)));
  if (outer.length === 0) return null;
  if (outer.length === 1) return outer[0] ?? null;
  const holder = doc.createElement('div');
  for (const el of outer) holder.appendChild(el);
  return holder;
}
