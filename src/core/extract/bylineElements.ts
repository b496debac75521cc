/**
 * The page's byline elements, read as names: what the markup says of who wrote the article, in
 * tiers of trust (schema.org microdata and rel=author, then author-name classes, then any byline or
 * author class, then a field labelled "Auteur", "Autorin/Autor", "Author(s)", "الكاتب"). Authors of
 * comments, teaser lists, sidebars and forms are not the article's: those elements are left out.
 * Kept close to trafilatura's author XPaths and their discard list.
 */
import { nameInByline } from './readBylineLine.js';

const TIERS = [
  ['[itemprop~="author"] [itemprop~="name"]', '[itemprop~="author"]', '[rel~="author"]'],
  ['[class*="byline"] [class*="author"]', '[class*="author-name"]', '[class*="authorName"]', '[class*="AuthorName"]', '[class*="author__name"]', '.byline'],
  ['[class*="byline"]', '[class*="Byline"]', '[class*="author"]', '[class*="Author"]', '[id*="author"]', '[class*="submitted"]', '[class*="posted-by"]', '[class*="writer"]'],
];
const ANY = TIERS.flat().join(', ');

/** Where an author name belongs to something else than the article: comments, teaser lists, sidebars. */
const ELSEWHERE = /comment|respond|(?<!(?:one|two|three|has|with|no|left|right|both)-)sidebar|related|teaser|listing|recommend|popular|most-?read/i;
/** Parts of a byline box that name someone else or no one (picture credits, share buttons): checked near the element only, as page wrappers may carry such words. */
const NEAR_ELSEWHERE = /widget|share|avatar|thumb|image|copyright|credit|caption|reply|newsletter/i;
const NOT_A_BYLINE = new Set(['FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'LABEL', 'FIGURE', 'FIGCAPTION', 'IMG', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'NAV', 'TIME']);

function elsewhere(el: Element): boolean {
  let depth = 0;
  for (let a: Element | null = el; a && depth < 10 && a.tagName.toUpperCase() !== 'BODY'; a = a.parentElement, depth++) {
    if (NOT_A_BYLINE.has(a.tagName.toUpperCase())) return true;
    const hint = `${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`;
    if (hint.length > 1 && (ELSEWHERE.test(hint) || (depth < 3 && NEAR_ELSEWHERE.test(hint)))) return true;
  }
  return false;
}

/** A label standing alone in its element: "Autor", "Autorin/Autor", "Auteur(s) :", "Author:", "الكاتب". */
const FIELD_LABEL = /^(?:auteur(?:e|s|\(s\))?|autor(?:in|en|\(in\))?(?:\/autor(?:in)?)?|authors?|author\(s\)|written by|écrit par|verfasst von|redaktion|الكاتب|الكاتبة|بقلم|كتب)\s*:?$/iu;
const LABEL_TAGS = 'dt, th, strong, b, span, label, div, p, h4, h5, td';

/** The name that follows a field label: its next sibling element (<dt>/<dd>, <th>/<td>), else the rest of its parent's text. */
function labelledNames(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(LABEL_TAGS))) {
    const text = el.textContent ?? '';
    if (text.length > 30 || !FIELD_LABEL.test(text.replace(/\s+/g, ' ').trim()) || elsewhere(el)) continue;
    const next = el.nextElementSibling?.textContent ?? '';
    const rest = (el.parentElement?.textContent ?? '').replace(text, '');
    for (const candidate of [next, rest]) {
      const name = nameInByline(candidate.replace(/\s+/g, ' ').trim().slice(0, 120));
      if (name) {
        out.push(name);
        break;
      }
    }
    if (out.length >= 3) break;
  }
  return out;
}

/** What an element says as a name: a content= or title= attribute (meta, link), else its text. */
function elementText(el: Element): string {
  return (el.getAttribute('content') ?? (el.tagName.toUpperCase() === 'LINK' ? el.getAttribute('title') : null) ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The names of the page's byline elements by tier of trust; a tier is empty when none of its elements names anyone. */
export function bylineElements(doc: Document): string[][] {
  // One walk of the page for all kinds (each querySelectorAll walks it all), then sorted by kind.
  const found = Array.from(doc.querySelectorAll(ANY)).filter((el) => !elsewhere(el));
  const tiers = TIERS.map((selectors, tier) => {
    const out: string[] = [];
    // Several author elements of the specific kinds are co-authors; of the generic kinds, later ones are often another article's.
    const most = tier < 2 ? 3 : 1;
    for (const el of found.filter((e) => selectors.some((sel) => e.matches(sel)))) {
      const name = nameInByline(elementText(el), tier === 0);
      if (name && !out.includes(name)) out.push(name);
      if (out.length >= most) break;
    }
    return out;
  });
  return [...tiers, labelledNames(doc).slice(0, 1)];
}
