import { READ_ALSO_ALONE, isNoiseLine, isPaywallEnd } from './noiseLines.js';

/**
 * The chosen article element still holds furniture that the template set between paragraphs:
 * embedded posts, caption and credit boxes, "read also" boxes, tag and breadcrumb link lists above
 * or below the text, lines that only repeat a picture's alt text, and the paywall's offer. They
 * are removed from the element itself, so the stored HTML is as clean as the text.
 */

/** Embeds that the platforms' scripts would turn into a post: their text is the post, not the article. */
const EMBED_SELECTOR = [
  'blockquote.twitter-tweet', 'blockquote.twitter-video', 'blockquote.instagram-media', 'blockquote.tiktok-embed',
  '.fb-post', '.fb-video', '[data-instgrm-permalink]', '[data-tweet-id]', '.embed-twitter', '.embed-instagram', '.embed-facebook',
].join(', ');
const SOCIAL_POST_LINK = /(?:twitter\.com|x\.com)\/\w+\/status\/|instagram\.com\/(?:p|reel|tv)\/|facebook\.com\/[^"]*\/posts\/|tiktok\.com\/@[^/]+\/video\//i;

/** Class words of boxes that hold a picture's credit (captions describe the picture and stay), a share bar, or the site's furniture. */
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:credits?|copyright|photo-?credit|image-?(?:caption|credit|meta|source)|media-?credit|share|sharing|social|share-?bar|breadcrumbs?|fil-?ariane|tags?|keywords|topics|read-?also|lire-?aussi|related|newsletter|paywall|premium-?banner|subscribe|abonnement|comment-?policy|live-?controls?)(?:$|[\s_-])/i;

/** The box about the writer under an article: a bio, a picture, "all articles by". */
const AUTHOR_BOX_CLASS = /(?:^|[\s_-])(?:(?:author|auteur|autor)-?(?:box|bio|card|profile|about)|about-?(?:the-?)?author|author-?biography)(?:$|[\s_-])/i;

/**
 * Takes the writer's box out of the page before Readability runs, which keeps its paragraph but
 * not its class (a box holding one paragraph becomes that paragraph). The byline was read before.
 */
export function removeAuthorBoxes(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    if (el.parentNode && AUTHOR_BOX_CLASS.test(el.getAttribute('class') ?? '') && text(el).length <= 600) el.remove();
  }
}

const BLOCKS = 'p, div, li, ul, ol, h2, h3, h4, h5, h6, figcaption, small, span, section, aside, blockquote, dl, dd, dt, header, footer, nav, figure, table, tr, td, a, button, time';

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += text(a).length;
  return n;
}

/** Removes `el` and everything after it inside `root`: what follows a paywall's notice is the offer. */
function cutFrom(el: Element, root: Element): void {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  el.remove();
}

function isLinkList(el: Element, maxLinkChars: number): boolean {
  const t = text(el);
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length < 2 || t.length > 300) return false;
  return linkChars(el) >= 0.7 * t.length && links.every((a) => text(a).length <= maxLinkChars);
}

/** Long paragraphs of the article's own text (not link lists). */
function bodyParagraphs(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p, li, div, td, blockquote')).filter((el) => {
    const t = text(el).length;
    return t >= 80 && t - linkChars(el) >= 0.7 * t && !el.querySelector('p, div, li');
  });
}

/** Text length (whitespace included) of every element under root, in one walk: textContent on each would be quadratic. */
function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const visit = (node: Node): number => {
    let n = 0;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').length;
      else if (c.nodeType === 1) n += visit(c);
    }
    if (node.nodeType === 1) lengths.set(node as Element, n);
    return n;
  };
  visit(root);
  return lengths;
}

/** Takes the page furniture out of the article element, in place. */
export function removeNoiseBlocks(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(EMBED_SELECTOR))) el.remove();
  for (const bq of Array.from(root.querySelectorAll('blockquote'))) {
    if (text(bq).length <= 1500 && Array.from(bq.querySelectorAll('a[href]')).some((a) => SOCIAL_POST_LINK.test(a.getAttribute('href') ?? ''))) bq.remove();
  }

  const alts = new Set(
    Array.from(root.querySelectorAll('img[alt]'))
      .map((img) => (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim().toLowerCase())
      .filter((a) => a.length >= 12),
  );
  const lengths = textLengths(root);
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    if (!el.parentNode) continue;
    // Raw length bounds the squeezed text's: a long block is neither a noise line nor a small box.
    if ((lengths.get(el) ?? 0) > 3000) continue;
    const t = text(el);
    if (!t) continue;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (t.length <= 600 && FURNITURE_CLASS.test(cls)) {
      el.remove();
      continue;
    }
    if (isPaywallEnd(t) && t.length <= 200) {
      cutFrom(el, root);
      continue;
    }
    if (t.length > 500 || el.querySelector('p, div, li, h2, h3, h4')) {
      // A small box that opens with "Lire aussi" is a read-also box, whatever it holds.
      const first = el.firstElementChild;
      if (t.length <= 600 && first && READ_ALSO_ALONE.test(text(first))) el.remove();
      continue;
    }
    if (isNoiseLine(t) || (el.tagName.toUpperCase() !== 'FIGCAPTION' && alts.has(t.toLowerCase()))) {
      el.remove();
      continue;
    }
    if (READ_ALSO_ALONE.test(t)) {
      // The label and the one headline it introduces.
      const next = el.nextElementSibling;
      if (next && text(next).length <= 200) next.remove();
      el.remove();
    }
  }

  // Tag and breadcrumb lists: link lists above the first paragraph of text or below the last.
  const paragraphs = bodyParagraphs(root);
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return;
  for (const el of Array.from(root.querySelectorAll('ul, ol, p, div, nav, span, section, td'))) {
    if (!el.parentNode || el.contains(first) || el.contains(last)) continue;
    const before = (el.compareDocumentPosition(first) & 4) !== 0; // first follows el
    const after = (last.compareDocumentPosition(el) & 4) !== 0; // el follows last
    if ((before && isLinkList(el, 60)) || (after && isLinkList(el, 40))) el.remove();
  }
}
