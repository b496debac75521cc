/**
 * The page's byline elements, read as names: what the markup says of who wrote the article, in
 * tiers of trust (schema.org microdata and rel=author, then author-name classes, then any byline or
 * author class, then a field labelled "Auteur", "Autorin/Autor", "Author(s)", "الكاتب"). Authors of
 * comments, teaser lists, sidebars and forms are not the article's: those elements are left out.
 * Kept close to trafilatura's author XPaths and their discard list.
 */
import { AUTHOR_FIELD, isPersonName, nameInByline } from './readBylineLine.js';

// Few selectors: each one in the union costs a test on every element of the page.
// "auteur" and "autor" are the author classes of French, German, Spanish and Portuguese templates ("signature auteur", "autor-name").
const ANY = ['[itemprop~="author"]', '[rel~="author"]', '[class*="byline"]', '[class*="Byline"]', '[class*="author"]', '[class*="Author"]', '[id*="author"]', '[class*="submitted"]', '[class*="writer"]', '[class*="auteur"]', '[class*="autor"]'].join(', ');
const TIERS = 3;

/**
 * The tier of a byline element: 0 for schema.org microdata and rel=author; 1 for author-name
 * classes, an author inside a byline and a bare .byline; 2 for any other byline or author class.
 * Tested on the attributes (Element.matches parses its selector on every call in linkedom).
 */
function tierOf(el: Element): number {
  const words = (name: string): string[] => (el.getAttribute(name) ?? '').toLowerCase().split(/\s+/);
  if (words('itemprop').includes('author') || words('rel').includes('author')) return 0;
  if (words('itemprop').includes('name') && ancestor(el, (a) => (a.getAttribute('itemprop') ?? '').split(/\s+/).includes('author'))) return 0;
  const cls = el.getAttribute('class') ?? '';
  if (/(?:author|auteur|autor)-?name|(?:author|auteur|autor)__name|nom-?auteur/i.test(cls) || words('class').includes('byline')) return 1;
  if (/author|auteur|autor/i.test(cls) && ancestor(el, (a) => /byline/i.test(a.getAttribute('class') ?? ''))) return 1;
  return 2;
}

function ancestor(el: Element, test: (a: Element) => boolean): boolean {
  let a = el.parentElement;
  for (let depth = 0; a && depth < 6; a = a.parentElement, depth++) if (test(a)) return true;
  return false;
}

/** Where an author name belongs to something else than the article: comments, teaser lists, sidebars. */
const ELSEWHERE = /comment|respond|(?<!(?:one|two|three|has|with|no|left|right|both)-)sidebar|related|teaser|listing|recommend|popular|most-?read/i;
/** Parts of a byline box that name someone else or no one (picture credits, share buttons): checked near the element only, as page wrappers may carry such words. */
const NEAR_ELSEWHERE = /widget|share|avatar|thumb|image|copyright|credit|caption|reply|newsletter/i;
const NOT_A_BYLINE = new Set(['FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'LABEL', 'FIGURE', 'FIGCAPTION', 'IMG', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'NAV', 'TIME']);

const PICTURE_CREDIT = /caption|(?:photo|image|img|bild)-?credit|copyright|reply/i;

/** The element's class and id, where templates say what a part is. */
function hintOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/**
 * A part that holds other people's names: a form, a comment, a teaser list, a sidebar. A
 * "sidebar-wrapper" around the headline and the text is the page's layout, not a sidebar.
 */
function othersPart(el: Element, hint: string): boolean {
  return NOT_A_BYLINE.has(el.tagName.toUpperCase()) || (hint.length > 1 && ELSEWHERE.test(hint) && !(/sidebar/i.test(hint) && el.querySelector('h1')));
}

/** An element that holds others' names by what it is: a comment, a teaser list, a form, a caption or a picture credit. */
export function namesOthers(el: Element): boolean {
  const hint = hintOf(el);
  return othersPart(el, hint) || PICTURE_CREDIT.test(hint);
}

function elsewhere(el: Element): boolean {
  let depth = 0;
  for (let a: Element | null = el; a && depth < 10 && a.tagName.toUpperCase() !== 'BODY'; a = a.parentElement, depth++) {
    const hint = hintOf(a);
    if (othersPart(a, hint) || (depth < 3 && NEAR_ELSEWHERE.test(hint))) return true;
  }
  return false;
}

/** A label standing alone in its element: "Autor", "Autorin/Autor", "Auteur(s) :", "Author:", "الكاتب". */
const FIELD_LABEL = new RegExp(String.raw`^(?:${AUTHOR_FIELD}|written by|écrit par|verfasst von|بقلم|كتب)\s*:?$`, 'iu');
const LABEL_TAGS = 'dt, th, strong, b, label, span';

/** The name that follows a field label: its next sibling element (<dt>/<dd>, <th>/<td>), else the rest of its parent's text. */
function labelledNames(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(LABEL_TAGS))) {
    // A label is a leaf: testing only leaves keeps this pass from reading every container's whole text.
    if (el.firstElementChild) continue;
    const text = el.textContent ?? '';
    if (text.length > 200 || !FIELD_LABEL.test(text.replace(/\s+/g, ' ').trim()) || elsewhere(el)) continue;
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

/**
 * An author box ("author-bio": a heading with the name, a picture, "All posts by…", a contact
 * link) is more than a byline: its name is its heading or bold line, when that is a name as people
 * write it. Only in a box of a few lines, not in a wrapper around the whole article.
 */
function boxHeading(el: Element): string | null {
  if (!el.firstElementChild || (el.textContent ?? '').length > 400) return null;
  for (const h of Array.from(el.querySelectorAll('h2, h3, h4, h5, strong, b')).slice(0, 3)) {
    const t = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (isPersonName(t)) return t;
  }
  return null;
}

/** The names of the page's byline elements by tier of trust; a tier is empty when none of its elements names anyone. */
export function bylineElements(doc: Document): string[][] {
  // One walk of the page for all kinds (each querySelectorAll walks it all), then sorted by kind.
  const marked = Array.from(doc.querySelectorAll(ANY));
  // schema.org's author item holds the name in its own itemprop=name, beside a job title or a picture.
  const named = marked.filter((el) => (el.getAttribute('itemprop') ?? '').split(/\s+/).includes('author')).flatMap((el) => Array.from(el.querySelectorAll('[itemprop~="name"]')));
  const found = [...named, ...marked].filter((el) => !elsewhere(el));
  const tiers: string[][] = Array.from({ length: TIERS }, () => []);
  for (const el of found) {
    const tier = tierOf(el);
    const out = tiers[tier] ?? [];
    // Several author elements of the specific kinds are co-authors; of the generic kinds, later ones are often another article's.
    if (out.length >= (tier < 2 ? 3 : 1)) continue;
    // A box's heading first: its whole text runs the heading into the next block ("Martin HaleAll posts by…").
    const name = boxHeading(el) ?? nameInByline(elementText(el), tier === 0);
    if (name && !out.includes(name)) out.push(name);
  }
  // Labelled fields are looked for only on pages whose markup names no author: the search reads many elements.
  return [...tiers, tiers.some((t) => t.length) ? [] : labelledNames(doc).slice(0, 1)];
}
