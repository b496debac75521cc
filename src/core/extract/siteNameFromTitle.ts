import { titleParts, titleWords } from './titleParts.js';

/** What a <title> names besides the headline that is not the site: the kind of page ("Version imprimable - …"). */
const PAGE_LABEL =
  /^(?:version imprimable|version à imprimer|imprimer|impression|print(?:er[- ]friendly)?(?: version)?|printable version|accueil|home|homepage|page d['’]accueil|article|articles|actualités?|news|نسخة (?:للطباعة|قابلة للطباعة)|طباعة|الرئيسية)$/iu;

/**
 * The publisher a copyright line names ("Copyright © 2024 L'Écho du Souss. Tous droits réservés.",
 * "© Le Matin 2015 – All rights reserved", "جميع الحقوق محفوظة © الأيام 2024"), or null.
 */
export function publisherFromRights(text: string): string | null {
  for (const line of text.split(/\n/)) {
    if (line.length > 200 || !/(?:all rights reserved|tous droits réservés|droits de reproduction réservés|جميع الحقوق محفوظة|الحقوق محفوظة)/iu.test(line)) continue;
    const m = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\p{Nd}{4}(?:\s*[-–]\s*\p{Nd}{4})?\s*)?([^.|,–—©]{2,40}?)\s*(?:\p{Nd}{4})?\s*(?:[.,|–—-]|$)/iu.exec(line);
    const name = m?.[1]?.replace(/\s+/g, ' ').trim();
    if (name && /\p{L}{2}/u.test(name) && !/\p{Nd}/u.test(name) && !/(?:droits|rights|الحقوق)/iu.test(name) && name.split(' ').length <= 5) return name;
  }
  return null;
}

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
  if (!site || PAGE_LABEL.test(site) || site.length > 40 || site.split(/\s+/).length > 5 || /\p{Nd}/u.test(site) || !/\p{L}{2}/u.test(site)) return null;
  return site;
}
