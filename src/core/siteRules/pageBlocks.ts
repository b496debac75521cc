import { parseHTML } from 'linkedom';
import type { PageBlock } from '../../shared/domain.js';
import { prepareHtml } from '../extract/prepareHtml.js';

/** Elements that hold a page's parts. */
const CONTAINERS = 'article, main, section, div, td, aside, ul, ol';
/** Below this much text a block is a line or a button, not something to extract or remove. */
const MIN_SIZE = 80;
/** A wrapper whose child holds this share of its text adds nothing: the child stands for it. */
const WRAPPER_SHARE = 0.9;
const MAX_BLOCKS = 15;
const IDENT = /^-?[A-Za-z_][\w-]*$/;

function size(el: Element): number {
  return (el.textContent ?? '').replace(/[^\p{L}\p{N}]/gu, '').length;
}

/** tag, #id or tag.class.class: how the element names itself, when its names are plain identifiers. */
function ownSelector(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id && IDENT.test(id)) return `${tag}#${id}`;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => IDENT.test(c)).slice(0, 3);
  return classes.length ? `${tag}.${classes.join('.')}` : tag;
}

function nthOfType(el: Element): string {
  const parent = el.parentElement;
  if (!parent) return '';
  const same = [...parent.children].filter((c) => c.tagName === el.tagName);
  return same.length > 1 ? `:nth-of-type(${same.indexOf(el) + 1})` : '';
}

/** The shortest selector that matches this element and no other on the page. */
export function uniqueSelector(doc: Document, el: Element): string {
  const unique = (selector: string): boolean => {
    try {
      const found = doc.querySelectorAll(selector);
      return found.length === 1 && found[0] === el;
    } catch {
      return false;
    }
  };
  const own = ownSelector(el);
  if (unique(own)) return own;
  const parts = [own + nthOfType(el)];
  for (let up = el.parentElement; up && up.tagName !== 'BODY' && up.tagName !== 'HTML'; up = up.parentElement) {
    const selector = `${ownSelector(up)} > ${parts.join(' > ')}`;
    if (unique(selector)) return selector;
    parts.unshift(ownSelector(up) + nthOfType(up));
    const path = parts.join(' > ');
    if (unique(path)) return path;
  }
  return `body > ${parts.join(' > ')}`;
}

function parsePage(html: string): Document {
  return parseHTML(prepareHtml(html)).document as unknown as Document;
}

/** How many elements a body selector matches once the parts to remove are gone. */
export function countMatches(html: string, body: string, remove: readonly string[]): number {
  const doc = parsePage(html);
  for (const selector of remove) for (const el of doc.querySelectorAll(selector)) el.remove();
  return doc.querySelectorAll(body).length;
}

/**
 * The blocks of a page an editor may choose as the article's body or as a part to remove, largest
 * first, each with a selector that names it alone; wrappers that only hold one of them are left out.
 */
export function pageBlocks(html: string): PageBlock[] {
  const doc = parsePage(html);
  const candidates = [...doc.querySelectorAll(CONTAINERS)].map((el) => ({ el, size: size(el) })).filter((c) => c.size >= MIN_SIZE);
  const sizes = new Map(candidates.map((c) => [c.el, c.size]));
  const kept = candidates.filter((c) => ![...c.el.children].some((child) => (sizes.get(child) ?? 0) >= c.size * WRAPPER_SHARE));
  kept.sort((a, b) => b.size - a.size);
  return kept.slice(0, MAX_BLOCKS).map(({ el, size: chars }) => ({
    selector: uniqueSelector(doc, el),
    excerpt: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
    size: chars,
  }));
}
