import { titleParts, titleWords } from './titleParts.js';

/**
 * The site's name that a page states only around its headline in <title> ("Headline | Global Wire
 * Service", "Le Courrier - Headline"), when the chosen title left it out: the part at the other end
 * of the <title> from the headline. Read only from what the title choice removed, so a headline with
 * a colon in it gives no name.
 */
export function siteNameFromTitle(docTitle: string | null, title: string | null): string | null {
  if (!docTitle || !title) return null;
  const parts = titleParts(docTitle);
  if (parts.length < 2) return null;
  const headline = titleWords(title);
  const covers = (part: string): boolean => [...titleWords(part)].every((w) => headline.has(w));
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  // The headline is at one end of the <title>; the site's name at the other.
  const site = covers(first) && !covers(last) ? last : covers(last) && !covers(first) ? first : null;
  if (!site || site.length > 40 || site.split(/\s+/).length > 5 || /\p{Nd}/u.test(site) || !/\p{L}{2}/u.test(site)) return null;
  return site;
}
