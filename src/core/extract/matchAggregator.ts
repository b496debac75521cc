import { PUBLISHED_HINT, isAggregatorNoise, isSourceLinkText, readPublishedLine, type PublishedLine } from './aggregatorPattern.js';
import { parseDate } from './parseDate.js';
import { NOT_ARTICLE_BOX, NOT_ARTICLE_TAGS, isEndMarker } from './sectionMarkers.js';

/**
 * Press-digest sites republish other papers' articles inside their own page. The page also holds
 * teasers that repeat the same "Publié dans X le …" line, most-read lists, tickers and reader
 * comments, so the line alone does not say where the article is. The article is recognised by
 * structure: each source line is a candidate; its headline is the nearest heading before it, its
 * body the text that follows until something that is not body (another source line, a headline,
 * a list of links, a box of comments or related articles, a section heading such as
 * "Commentaires"). The candidate with the most body text, helped by a headline that the page's
 * <title> repeats, is the article; the others are teasers and never give the source or the date.
 */
export interface AggregatorMatch {
  /** The original publication, e.g. "L'opinion". */
  source: string;
  publishedTime: string | null;
  /** The "read it at the source" link, absolute when a base URL was known. */
  url: string | null;
  /** The article's headline as the page shows it above the source line, when there is one. */
  title: string | null;
  /** A detached element holding only the republished article body. */
  body: Element;
}

/** Tags whose text is never shown. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);
/** A headline sits this close above its source line (characters of text between them). */
const NEAR_HEADLINE_CHARS = 400;
/** Before this much body text is gathered, boxes and links met are skipped rather than ending the body. */
const BODY_STARTED_CHARS = 80;

/** Text lengths (whitespace aside) and link text of every element, in one pass over the page. */
interface Layout {
  order: Map<Element, number>;
  start: Map<Element, number>;
  end: Map<Element, number>;
  linkChars: Map<Element, number>;
  links: Map<Element, number>;
  elements: Element[];
}

function layoutOf(root: Element): Layout {
  const layout: Layout = { order: new Map(), start: new Map(), end: new Map(), linkChars: new Map(), links: new Map(), elements: [] };
  let offset = 0;
  const visit = (node: Node): { linkChars: number; links: number } => {
    let linkChars = 0;
    let links = 0;
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) offset += (n.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (n.nodeType === 1) {
        const el = n as Element;
        if (HIDDEN.has(el.tagName)) continue;
        layout.order.set(el, layout.elements.length);
        layout.elements.push(el);
        const from = offset;
        layout.start.set(el, from);
        const inner = visit(el);
        layout.end.set(el, offset);
        const isLink = el.tagName.toUpperCase() === 'A';
        const lc = isLink ? offset - from : inner.linkChars;
        const lk = inner.links + (isLink ? 1 : 0);
        layout.linkChars.set(el, lc);
        layout.links.set(el, lk);
        linkChars += lc;
        links += lk;
      }
    }
    return { linkChars, links };
  };
  visit(root);
  return layout;
}

function squeeze(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'TD', 'TH', 'LI', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'CENTER', 'FORM']);

/**
 * A source line written inside a larger block ("…<br>Publié dans <a>X</a> le 05 - 11 - 2016<br>…")
 * gets an element of its own, so that it can be a candidate like a line in its own <div>.
 */
function wrapLooseLines(doc: Document, body: Element): void {
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  const hits: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (PUBLISHED_HINT.test(n.nodeValue ?? '')) hits.push(n as Text);
  for (const t of hits) {
    const parent = t.parentElement;
    if (!parent || readPublishedLine(parent.textContent ?? '')) continue;
    const at = (t.nodeValue ?? '').search(PUBLISHED_HINT);
    let first: Node = t;
    if (at > 0 && /\S/.test((t.nodeValue ?? '').slice(0, at))) {
      // linkedom has no Text.splitText: the line's part becomes a text node of its own.
      first = doc.createTextNode((t.nodeValue ?? '').slice(at));
      t.nodeValue = (t.nodeValue ?? '').slice(0, at);
      parent.insertBefore(first, t.nextSibling);
    }
    const span = doc.createElement('span');
    const run: Node[] = [];
    for (let n: Node | null = first; n; n = n.nextSibling) {
      if (n.nodeType === 1 && (BLOCK_TAGS.has((n as Element).tagName.toUpperCase()) || (n as Element).tagName.toUpperCase() === 'BR')) break;
      run.push(n);
    }
    if (!readPublishedLine(run.map((n) => n.textContent ?? '').join(''))) continue;
    parent.insertBefore(span, first);
    for (const n of run) span.appendChild(n);
  }
}

interface Candidate {
  el: Element;
  line: PublishedLine;
}

function candidatesOf(layout: Layout): Candidate[] {
  const out: Candidate[] = [];
  for (const el of layout.elements) {
    const chars = (layout.end.get(el) ?? 0) - (layout.start.get(el) ?? 0);
    if (chars < 8 || chars > 160) continue;
    const line = readPublishedLine(el.textContent ?? '');
    if (!line) continue;
    // Only the smallest element holding the line: drop an ancestor already noted.
    const last = out[out.length - 1];
    if (last && last.el.contains(el)) out.pop();
    out.push({ el, line });
  }
  return out;
}

function isHeading(el: Element): boolean {
  return /^H[1-6]$/i.test(el.tagName) || /(?:^|[\s_-])(?:title|titre|headline|heading)(?:$|[\s_-])/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

function chars(layout: Layout, el: Element): number {
  return (layout.end.get(el) ?? 0) - (layout.start.get(el) ?? 0);
}

function ownTextChars(layout: Layout, el: Element): number {
  return chars(layout, el) - (layout.linkChars.get(el) ?? 0);
}

function isHeadlineText(text: string): boolean {
  return text.length >= 5 && text.length <= 300 && !isAggregatorNoise(text) && !isEndMarker(text);
}

/** Old table layouts set the headline in bold or a big font instead of a heading. */
const LINE_TAGS = new Set([...BLOCK_TAGS, 'B', 'STRONG', 'BIG', 'FONT']);

function isPlainLine(el: Element, text: string): boolean {
  return text.length <= 250 && LINE_TAGS.has(el.tagName.toUpperCase()) && !el.querySelector('p, div, li, td, br, h1, h2, h3, h4, h5, h6');
}

/**
 * The headline of a source line: the nearest heading above it, else a heading just below it (the
 * line set above the headline), else the nearest page <h1> above, else the short line just above.
 */
function headlineOf(layout: Layout, line: Element): Element | null {
  const at = layout.order.get(line) ?? 0;
  const lineStart = layout.start.get(line) ?? 0;
  const lineEnd = layout.end.get(line) ?? 0;
  let shortBlock: Element | null = null;
  for (let i = at - 1; i >= 0; i--) {
    const el = layout.elements[i] as Element;
    if (el.contains(line)) continue;
    if (lineStart - (layout.end.get(el) ?? 0) > NEAR_HEADLINE_CHARS) break;
    const text = squeeze(el.textContent);
    if (!isHeadlineText(text)) continue;
    if (isHeading(el)) return el;
    if (!shortBlock && isPlainLine(el, text)) shortBlock = el;
  }
  for (let i = at + 1; i < layout.elements.length; i++) {
    const el = layout.elements[i] as Element;
    if (line.contains(el)) continue;
    if ((layout.start.get(el) ?? 0) - lineEnd > 20) break;
    if (isHeading(el) && isHeadlineText(squeeze(el.textContent))) return el;
  }
  for (let i = at - 1; i >= 0; i--) {
    const el = layout.elements[i] as Element;
    if (el.tagName.toUpperCase() === 'H1' && isHeadlineText(squeeze(el.textContent))) return el;
  }
  return shortBlock;
}

/** Boxes and elements that end an article's body, whichever source line is tried. */
interface PageStops {
  hard: Set<Element>;
  soft: Set<Element>;
}

function pageStops(layout: Layout, sourceLinks: Element[]): PageStops {
  const hard = new Set<Element>();
  const soft = new Set<Element>(sourceLinks);
  for (const el of layout.elements) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'H1') hard.add(el);
    const n = chars(layout, el);
    if (n > 0 && n <= 60 && !el.querySelector('p, div, li') && isEndMarker(el.textContent ?? '')) hard.add(el);
    const links = layout.links.get(el) ?? 0;
    const linkShare = n ? (layout.linkChars.get(el) ?? 0) / n : 0;
    if (
      NOT_ARTICLE_TAGS.has(tag) ||
      NOT_ARTICLE_BOX.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) ||
      (links >= 3 && linkShare >= 0.6) ||
      (/^H[2-6]$/.test(tag) && links > 0 && linkShare >= 0.8)
    ) {
      soft.add(el);
    }
  }
  return { hard, soft };
}

/** The page's stops plus the other candidates' source lines, which always end a body. */
class Stops {
  constructor(
    private readonly page: PageStops,
    private readonly others: Element[],
  ) {}

  kind(el: Element): 'hard' | 'soft' | null {
    if (this.page.hard.has(el) || this.others.includes(el)) return 'hard';
    return this.page.soft.has(el) ? 'soft' : null;
  }

  /** True when a stop lies inside `el`: the walk must go into it rather than take it whole. */
  holdsStop(el: Element, extra: Element | null): boolean {
    const inside = (s: Element): boolean => s !== el && el.contains(s);
    if (extra && inside(extra)) return true;
    for (const s of this.others) if (inside(s)) return true;
    for (const s of this.page.hard) if (inside(s)) return true;
    for (const s of this.page.soft) if (inside(s)) return true;
    return false;
  }
}

interface Gathered {
  nodes: Node[];
  /** Characters of text outside links. */
  chars: number;
}

/** The nodes after `anchor` in page order, up to the first stop once body text has started. */
function gatherAfter(layout: Layout, stops: Stops, anchor: Element, root: Element, until: Element | null): Gathered {
  const nodes: Node[] = [];
  let gathered = 0;
  const take = (n: Node): boolean => {
    if (n.nodeType === 3) {
      nodes.push(n);
      gathered += (n.nodeValue ?? '').replace(/\s+/g, '').length;
      return false;
    }
    if (n.nodeType !== 1) return false;
    const el = n as Element;
    if (HIDDEN.has(el.tagName)) return false;
    if (el === until) return true;
    const kind = stops.kind(el);
    if (kind === 'hard' || (kind === 'soft' && gathered >= BODY_STARTED_CHARS)) return true;
    if (kind === 'soft') return false;
    if (stops.holdsStop(el, until)) {
      for (let c = el.firstChild; c; c = c.nextSibling) if (take(c)) return true;
      return false;
    }
    if (isAggregatorNoise(el.textContent ?? '')) return false;
    nodes.push(el);
    gathered += ownTextChars(layout, el);
    return false;
  };
  let n: Node = anchor;
  for (;;) {
    while (!n.nextSibling) {
      const p = n.parentNode;
      if (!p || p === root) return { nodes, chars: gathered };
      n = p;
    }
    n = n.nextSibling;
    if (take(n)) break;
  }
  return { nodes, chars: gathered };
}

/** Drops the trailing headline of the next teaser, which sits just above the source line that stopped the walk. */
function dropTrailingTeaserHead(g: Gathered, layout: Layout): void {
  while (g.nodes.length) {
    const last = g.nodes[g.nodes.length - 1] as Node;
    if (last.nodeType === 3 && !/\S/.test(last.nodeValue ?? '')) {
      g.nodes.pop();
      continue;
    }
    if (last.nodeType === 1 && isHeading(last as Element) && chars(layout, last as Element) <= 250) {
      g.nodes.pop();
      g.chars -= ownTextChars(layout, last as Element);
    }
    return;
  }
}

function inNonArticleBox(el: Element): boolean {
  for (let a: Element | null = el.parentElement; a; a = a.parentElement) {
    const tag = a.tagName.toUpperCase();
    if (tag === 'LI' || tag === 'MARQUEE' || NOT_ARTICLE_TAGS.has(tag)) return true;
    if (NOT_ARTICLE_BOX.test(`${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function norm(s: string): string {
  return squeeze(s).toLowerCase().replace(/[‘’`´]/g, "'");
}

function resolve(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/** Elements holding the "read it at its source" text: the link itself, or a plain line when the text was pasted. */
function sourceLinksOf(layout: Layout): Element[] {
  const out: Element[] = [];
  for (const el of layout.elements) {
    const n = chars(layout, el);
    if (n < 10 || n > 120 || !isSourceLinkText(el.textContent ?? '')) continue;
    const last = out[out.length - 1];
    if (last && last.contains(el)) out.pop();
    out.push(el);
  }
  return out;
}

/** Recognises an aggregator page and returns the original source, date, link, headline and the article body alone. */
export function matchAggregator(doc: Document, opts: { baseUrl?: string | null; titles?: (string | null)[] } = {}): AggregatorMatch | null {
  const root = (doc.documentElement as Element | null) ? doc.body : null;
  if (!root || !PUBLISHED_HINT.test(root.textContent ?? '')) return null;
  wrapLooseLines(doc, root);
  const layout = layoutOf(root);
  const candidates = candidatesOf(layout);
  if (!candidates.length) return null;
  const links = sourceLinksOf(layout);
  const titles = (opts.titles ?? []).filter((t): t is string => !!t).map(norm);

  let best: { c: Candidate; head: Element | null; body: Gathered; score: number } | null = null;
  const page = pageStops(layout, links);
  for (const c of candidates) {
    const stops = new Stops(page, candidates.filter((o) => o !== c).map((o) => o.el));
    const head = headlineOf(layout, c.el);
    const headFirst = !head || (layout.order.get(head) ?? 0) < (layout.order.get(c.el) ?? 0);
    let body = gatherAfter(layout, stops, headFirst ? c.el : head, root, null);
    dropTrailingTeaserHead(body, layout);
    if (head && headFirst) {
      // The source line may close the article rather than open it.
      const before = gatherAfter(layout, stops, head, root, c.el);
      if (before.chars > body.chars) body = before;
    }
    const headText = head ? norm(head.textContent ?? '') : '';
    let score = body.chars * (inNonArticleBox(c.el) ? 0.25 : 1);
    if (head?.tagName.toUpperCase() === 'H1') score += 300;
    if (headText.length >= 10 && titles.some((t) => t.includes(headText))) score += 1000;
    if (!best || score > best.score) best = { c, head, body, score };
  }
  if (!best) return null;

  const at = layout.order.get(best.c.el) ?? 0;
  const link = links.reduce<Element | null>((near, l) => {
    const d = Math.abs((layout.order.get(l) ?? 0) - at);
    return !near || d < Math.abs((layout.order.get(near) ?? 0) - at) ? l : near;
  }, null);
  const anchor = link ? (link.tagName.toUpperCase() === 'A' ? link : link.querySelector('a[href]')) : null;

  const container = doc.createElement('div');
  for (const n of best.body.nodes) container.appendChild(n.cloneNode(true));
  for (const el of Array.from(container.querySelectorAll('*'))) {
    const t = squeeze(el.textContent);
    if (t && isAggregatorNoise(t)) el.remove();
  }
  const lang = best.c.line.lang;
  return {
    source: best.c.line.source,
    publishedTime: parseDate(best.c.line.dateText, { lang }),
    url: resolve(anchor?.getAttribute('href') ?? null, opts.baseUrl),
    title: best.head ? squeeze(best.head.textContent) || null : null,
    body: container,
  };
}
