import { parseDate } from './parseDate.js';

/**
 * Press-digest sites republish other papers' articles inside their own page: a ticker of
 * headlines, the article, a "Publié dans <source> le <date>" line and a link back to the source.
 */
export interface AggregatorMatch {
  /** The original publication, e.g. "L'opinion". */
  source: string;
  publishedTime: string | null;
  /** The "read it at the source" link, absolute when a base URL was known. */
  url: string | null;
  /** A detached element holding only the republished article body. */
  body: Element;
}

const PUBLISHED_RE = [
  /^\s*Publié\s+dans\s+(.+?)\s+le\s+(.{6,40}?)\s*$/iu,
  /^\s*نشر\s+في\s+(.+?)\s+يوم\s+(.{6,40}?)\s*$/u,
];
const SOURCE_LINK_RE = [
  /cliquez\s+ici\s+pour\s+lire\s+l['’]article\s+depuis\s+sa\s+source/iu,
  /(?:اضغط|انقر)\s+هنا\s+(?:ل|من\s+اجل\s+|لأجل\s+)?(?:قراءة|لقراءة|لمتابعة)\s+(?:الخبر|المقال|الموضوع)\s+(?:من|في)\s+مصدره/u,
];
/** Lines the sites add around images and links, never part of the article. */
const NOISE_RE = [
  /^merci d['’]avoir signalé\s*!?$/iu,
  /^cette image sera automatiquement bloquée.*signalée par plusieurs personnes\.?$/iu,
  /^signaler (?:cette|l['’]) image.*$/iu,
  /^شكرا (?:على|علي) (?:الإبلاغ|الابلاغ)\s*!?$/u,
  /^سيتم حجب هذه الصورة.*$/u,
  /^(?:الإبلاغ|الابلاغ) عن (?:صورة|هذه الصورة).*$/u,
  ...SOURCE_LINK_RE.map((r) => new RegExp(`^${r.source}\\.?$`, r.flags)),
  ...PUBLISHED_RE,
];

/** True for a line an aggregator page adds around the article (source line, source link, report-image text). */
export function isAggregatorNoise(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  return t.length < 300 && NOISE_RE.some((r) => r.test(t));
}

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The smallest element whose whole text matches one of the patterns. */
function smallestMatching(doc: Document, patterns: RegExp[]): { el: Element; m: RegExpExecArray } | null {
  let best: { el: Element; m: RegExpExecArray } | null = null;
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    const t = text(el);
    if (t.length > 200) continue;
    for (const r of patterns) {
      const m = r.exec(t);
      if (m && (!best || t.length <= text(best.el).length)) best = { el, m };
    }
  }
  return best;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) out.push(e);
  return out;
}

/** The child of `ancestor` that contains `el` (or `el` itself). */
function branchOf(el: Element, ancestor: Element): Element {
  let e = el;
  while (e.parentElement && e.parentElement !== ancestor) e = e.parentElement;
  return e;
}

function resolve(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

/** The nodes strictly between the source line and the source link, copied into one detached container. */
function bodyBetween(doc: Document, start: Element, end: Element | null): Element {
  const container = doc.createElement('div');
  const common = end ? ancestors(start).find((a) => a.contains(end)) ?? null : start.parentElement;
  if (!common) return container;
  const from = branchOf(start, common);
  const to = end ? branchOf(end, common) : null;
  for (let n = from.nextSibling; n && n !== to; n = n.nextSibling) container.appendChild(n.cloneNode(true));
  return container;
}

/** Recognises an aggregator page and returns the original source, date, link and the article body alone. */
export function matchAggregator(doc: Document, opts: { baseUrl?: string | null } = {}): AggregatorMatch | null {
  const bodyText = doc.body?.textContent ?? '';
  if (!/Publié\s+dans|نشر\s+في/u.test(bodyText)) return null;
  const published = smallestMatching(doc, PUBLISHED_RE);
  if (!published) return null;
  const source = published.m[1]?.trim() ?? '';
  if (!source || source.length > 80) return null;
  const lang = /[\u0600-\u06ff]/.test(source) ? 'ar' : 'fr';
  const link = Array.from(doc.querySelectorAll('a[href]')).find((a) => SOURCE_LINK_RE.some((r) => r.test(text(a)))) ?? null;
  // The link text may sit in a paragraph of its own: the body ends before that paragraph.
  const end = link ? (link.parentElement && text(link.parentElement) === text(link) ? link.parentElement : link) : null;
  const body = bodyBetween(doc, published.el, end);
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (isAggregatorNoise(text(el)) && text(el)) el.remove();
  }
  return {
    source,
    publishedTime: parseDate(published.m[2] ?? '', { lang }),
    url: resolve(link?.getAttribute('href') ?? null, opts.baseUrl),
    body,
  };
}
