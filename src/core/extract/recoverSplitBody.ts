/**
 * Some templates cut one article into sibling boxes (one <div class="mod paragraph"> per few
 * paragraphs, a box per heading), and Readability keeps only the best-scoring box: the rest of the
 * story is lost. Before Readability runs (it moves and deletes nodes), the page's paragraphs and
 * their ancestors are noted; afterwards, the boxes next to the chosen one are searched for body
 * paragraphs that were left behind, and they are put back in document order when the common
 * ancestor is made mostly of such paragraphs (a story, not a list of teasers or a sidebar).
 */

interface Block {
  el: Element;
  /** Ancestors from the parent up, noted before Readability moves anything. */
  chain: Element[];
  heading: boolean;
  /** Text outside links, trimmed: what the paragraph says of its own. */
  ownChars: number;
  order: number;
  /** Tag and class of the block's parent, then of the block: how the template styles it. */
  style: string;
  parentStyle: string;
}

export interface PageBlocks {
  blocks: Block[];
  /** Text length outside links of each ancestor, computed on demand before Readability runs. */
  textLength: (el: Element) => number;
}

/** How far above the chosen paragraphs a common box may be. */
const MAX_LEVELS = 6;
/** A left-behind paragraph counts as body text from this many characters outside links. */
const MIN_BODY_CHARS = 50;
/** The common box must be mostly paragraphs, else it is a page section with teasers and menus. */
const MIN_DENSITY = 0.6;
/** What is left behind must be worth a merge: a share of what Readability kept. */
const MIN_GAIN = 0.25;
/** Boxes whose class or id says they are not the story. */
const NOT_BODY = /comment|related|teaser|share|newsletter|footer|sidebar|caption|promo|recommend|author|bio|social|subscribe|widget|aside|nav|menu|more|tags?\b/i;
const NOT_BODY_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'FORM', 'HEADER']);

/** Characters of text (whitespace aside: indentation would otherwise weigh as much as words) of every element, and those inside links or in data that is not shown (the JSON-LD scripts kept for metadata), in one walk of the page. */
interface TextCounts {
  chars: Map<Element, number>;
  hidden: Map<Element, number>;
}

function countText(root: Node): TextCounts {
  const counts: TextCounts = { chars: new Map(), hidden: new Map() };
  const visit = (node: Node): [number, number] => {
    let all = 0;
    let hidden = 0;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) all += (c.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (c.nodeType === 1) {
        const [a, h] = visit(c);
        all += a;
        hidden += h;
      }
    }
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'A' || tag === 'SCRIPT') hidden = all;
      counts.chars.set(node as Element, all);
      counts.hidden.set(node as Element, hidden);
    }
    return [all, hidden];
  };
  visit(root);
  return counts;
}

function styleOf(el: Element): string {
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim()}`;
}

/** Notes the page's paragraphs and headings with their ancestors; call before Readability changes the document. */
export function notePageBlocks(doc: Document): PageBlocks {
  const blocks: Block[] = [];
  // Lengths must be read before Readability moves nodes: all of them, in one walk.
  const counts = countText((doc.documentElement as Node | null) ?? doc);
  const els = Array.from(doc.querySelectorAll('p, h2, h3, h4'));
  els.forEach((el, order) => {
    const chain: Element[] = [];
    for (let a = el.parentElement; a && chain.length < MAX_LEVELS + 4; a = a.parentElement) chain.push(a);
    const heading = el.tagName.toUpperCase() !== 'P';
    const text = counts.chars.get(el) ?? 0;
    const parentStyle = chain[0] ? styleOf(chain[0]) : '';
    const style = `${parentStyle}>${styleOf(el)}`;
    blocks.push({ el, chain, heading, ownChars: text - (heading ? 0 : counts.hidden.get(el) ?? 0), order, style, parentStyle });
  });
  const textLength = (el: Element): number => (counts.chars.get(el) ?? 0) - (counts.hidden.get(el) ?? 0);
  return { blocks, textLength };
}

function isBodyParagraph(b: Block): boolean {
  return !b.heading && b.ownChars >= MIN_BODY_CHARS;
}

function outsideStory(b: Block, box: Element): boolean {
  for (const a of b.chain) {
    if (a === box) return false;
    if (NOT_BODY_TAGS.has(a.tagName.toUpperCase())) return true;
    if (NOT_BODY.test(`${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function commonAncestor(kept: Block[]): { box: Element; level: number } | null {
  const first = kept[0];
  if (!first) return null;
  for (let level = 0; level < first.chain.length; level++) {
    const a = first.chain[level];
    if (a && kept.every((b) => b.chain.includes(a))) return { box: a, level };
  }
  return null;
}

/**
 * Puts back into `content` the body paragraphs (and their headings) that sit in boxes next to
 * the ones Readability chose, when they share a parent made mostly of paragraphs. Returns true if
 * anything was added.
 */
export function recoverSplitBody(page: PageBlocks, content: Element): boolean {
  const kept = page.blocks.filter((b) => isBodyParagraph(b) && content.contains(b.el));
  const keptChars = kept.reduce((n, b) => n + b.ownChars, 0);
  const start = commonAncestor(kept);
  if (!start || keptChars === 0) return false;
  const keptEls = new Set(kept.map((b) => b.el));
  const keptStyles = new Set(kept.map((b) => b.style));
  let best: Block[] | null = null;
  const first = kept[0] as Block;
  for (let level = start.level; level <= Math.min(start.level + MAX_LEVELS, first.chain.length - 1); level++) {
    const box = first.chain[level];
    if (!box || /^(?:BODY|HTML)$/i.test(box.tagName)) break;
    const inBox = page.blocks.filter(
      (b) => b.chain.includes(box) && !content.contains(b.el) && !outsideStory(b, box),
    );
    const missed = inBox.filter((b) => isBodyParagraph(b) && keptStyles.has(b.style));
    const missedChars = missed.reduce((n, b) => n + b.ownChars, 0);
    if ((keptChars + missedChars) / Math.max(1, page.textLength(box)) < MIN_DENSITY) break;
    if (missedChars >= MIN_GAIN * keptChars) best = inBox;
  }
  if (!best) return false;
  // Only blocks styled like the kept ones: the same story continued, not a box of another kind.
  const parents = new Set(kept.map((b) => b.parentStyle));
  const alike = best.filter((b) => (b.heading ? parents.has(b.parentStyle) : keptStyles.has(b.style)));
  // Headings come back only with a body paragraph after them.
  const chosen = alike.filter((b, i) => isBodyParagraph(b) || (b.heading && alike.slice(i + 1).some(isBodyParagraph)));
  const keptSorted = page.blocks.filter((b) => keptEls.has(b.el));
  for (const b of chosen) {
    const next = keptSorted.find((k) => k.order > b.order);
    const copy = b.el.cloneNode(true);
    if (next && next.el.parentNode && content.contains(next.el)) next.el.parentNode.insertBefore(copy, next.el);
    else content.appendChild(copy);
  }
  return chosen.length > 0;
}

/** Below this much paragraph text a page without an article is reported empty rather than guessed at. */
const MIN_FALLBACK_CHARS = 400;

/**
 * When Readability finds nothing, the box holding the most paragraph text, if the page has
 * substantial text: a rough article beats an error on a page that plainly has one.
 */
export function largestTextBlock(page: PageBlocks): Element | null {
  const totals = new Map<Element, number>();
  for (const b of page.blocks) {
    const parent = b.chain[0];
    if (parent && isBodyParagraph(b)) totals.set(parent, (totals.get(parent) ?? 0) + b.ownChars);
  }
  let best: Element | null = null;
  let bestChars = MIN_FALLBACK_CHARS - 1;
  for (const [el, n] of totals) {
    if (n > bestChars) {
      best = el;
      bestChars = n;
    }
  }
  return best;
}
