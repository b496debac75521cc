/*
 * DOM choice, measured on ../shared/corpus/public (709 pages, 2 cores, Node 20), plain Readability
 * 0.6 on each DOM, same decoding and text rendering:
 *   linkedom 0.18: 56.7 pages/s, text F1 0.896, snippets 0.854
 *   jsdom:          7.6 pages/s, text F1 0.901, snippets 0.865
 * linkedom is 7.5x faster for 0.005 F1, and Revue's own passes (metadata, aggregator pattern,
 * paragraph rendering) win that back, so extraction runs on linkedom. The whole of extractArticle
 * (bench/extractBench.ts): 49.7 pages/s vs 7.8 for Readability on jsdom (6.4x), text F1 0.907 vs 0.905
 * (24.4 pages/s before the visible-text date passes ran only on pages whose metadata has no date).
 * With split-body recovery, caption and duplicate trimming (measured under load from other jobs):
 * 32.7 pages/s vs 6.6 for Readability on jsdom (5.0x), text F1 0.915 vs 0.909.
 * Size: a 15 MB article page takes 5.2 s and ~650 MB RSS, so pages over MAX_HTML_CHARS are refused at once.
 * With structural aggregator matching, noise families, byline lines and the quality gate (issue 13), public
 * corpus: text F1 0.914, title 0.847, date 0.862, byline 0.714. bench:extract runs each page through Revue and
 * Readability-on-linkedom in turn (the machine's load falls on both alike): Revue at 0.59x Readability's pages
 * per second on the same DOM. Profile of the passes after Readability (250 pages): split-body notes were the
 * largest (one-walk text lengths: 1.3 s to 0.27 s); then metadata, language detection, noise blocks.
 * Then (bylines under the headline when the metadata names only the publication, title-part dates,
 * calls to action as noise; the stated language confirmed by function words before franc, ISO dates
 * without chrono, byline elements in one walk): text F1 0.914, title 0.849, date 0.867, byline 0.739;
 * 0.63x Readability-on-linkedom on the first 300 pages (0.54x before, same machine load). 14 of the
 * 316 text pages expect an annotator's note ("MISSES SECOND HALF OF ARTICLE") as the body: F1 over the
 * other 302 is 0.956.
 * Now (December 2026, title mechanisms in chooseTitle, author work merged): text F1 0.915, title 0.881
 * (431 of 489; 0.865 before the title mechanisms), date 0.902, byline 0.834. Of the 58 title misses, 10
 * expect capitals that an external stylesheet sets (not in the saved page), 11 expect the site name kept
 * ("Title | Site", Readability's own output, which issue 13 point 3 removes), 16 pick one of metadata
 * fields that disagree with no sign on the page, 17 are pages that are not articles, 4 are annotation
 * slips. bench:extract, first 300 pages, load average 12-14: 5.1 pages/s vs 6.9 for Readability on
 * linkedom (0.73x), 28.5 s user CPU for both over 110 s wall.
 * Bylines then (byline lines with dates, categories and user names, unlabelled name-and-date lines,
 * signature lines anywhere in the page, author boxes, the WebPage's JSON-LD Person, wire credits and
 * datelines, personal sites, newsrooms): byline 0.859 (279 of 325; 0.803 before), text, title and
 * date unchanged; 64 pages of the author-annotated sources get an author where none is expected (63
 * before). bench:extract, 200 pages, load 10-12: 19.6-19.7 s user CPU for Revue and Readability
 * together vs 18.4-20.5 s before (within the noise: the page-wide signature walk reads no text).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { isAggregatorNoise } from './aggregatorPattern.js';
import { applySiteRules, type SiteRules } from './applySiteRules.js';
import { assertReadable } from './assertReadable.js';
import { matchAggregator } from './matchAggregator.js';
import { chooseDate } from './chooseDate.js';
import { chooseTitle } from './chooseTitle.js';
import { detectLanguage } from './detectLanguage.js';
import { htmlToText } from './htmlToText.js';
import { isNoiseLine, printedUrl } from './noiseLines.js';
import { prepareHtml } from './prepareHtml.js';
import { largestTextBlock, notePageBlocks, recoverSplitBody } from './recoverSplitBody.js';
import { chooseByline, metadataNamesSomeone, signature } from './chooseByline.js';
import { findBylineLine, findUnlabelledByline, linesAfter, type BylineLine } from './readBylineLine.js';
import { readSignedLine, signedLinesOf } from './signedLines.js';
import { readMetadata, type PageMetadata } from './readMetadata.js';
import { removeAuthorBoxes, removeNoiseBlocks } from './removeNoiseBlocks.js';
import { sanitizeArticle } from './sanitizeArticle.js';
import { publisherFromRights, siteNameFromTitle } from './siteNameFromTitle.js';
import { trimBoilerplate } from './trimBoilerplate.js';

export interface ExtractOptions {
  /** Where the page came from: resolves relative links and is the fallback `url`. */
  url?: string | null;
  /** How the page is named in errors (file path or URL). */
  input?: string;
  /** The editor's rules for this page's site: parts removed first, and the body when they name it. */
  siteRules?: SiteRules | null;
}

/** Beyond this the page is not an article page; refusing is faster and clearer than parsing it. */
export const MAX_HTML_CHARS = 20 * 1024 * 1024;

function absolute(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * The element that shows the headline: an <h1> that <title> repeats, else the first <h1> or heading
 * or bold line that <title> repeats (a menu may list the same headline in an <h3> above the article).
 */
function headlineElement(doc: Document, meta: PageMetadata): Element | null {
  const title = (meta.ogTitle ?? meta.docTitle ?? '').toLowerCase();
  const found: { el: Element; inTitle: boolean }[] = [];
  for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, b, strong, font')).slice(0, 40)) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    const inTitle = t.length >= 12 && title.includes(t);
    if (t.length >= 12 && (el.tagName.toUpperCase() === 'H1' || inTitle)) found.push({ el, inTitle });
  }
  return (found.find((f) => f.inTitle && f.el.tagName.toUpperCase() === 'H1') ?? found[0])?.el ?? null;
}

const BYLINE_LINE = /^(?:by|par|von|por|di|door|بقلم\s*:?|texte\s*:|text\s*:)\s+\S/i;

/** The body without leading lines that repeat the headline, the paper's name (a masthead) or the byline, which the metadata already holds. */
function dropLeadingRepeats(text: string, title: string | null, byline: string | null, siteName: string | null): string {
  const paragraphs = text.split('\n\n');
  const same = (a: string, b: string | null): boolean => !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
  let i = 0;
  while (i < Math.min(paragraphs.length - 1, 3)) {
    const p = paragraphs[i] ?? '';
    if (!(same(p, title) || same(p, byline) || same(p, siteName) || (p.length < 120 && BYLINE_LINE.test(p)))) break;
    i++;
  }
  // A byline line set under the standfirst ("By Karim Haddad · 5 min read · Published …"): the one that names the byline.
  const signs = (p: string): boolean => !!byline && p.length < 160 && BYLINE_LINE.test(p) && p.toLowerCase().includes(byline.toLowerCase());
  return paragraphs.filter((p, k) => k >= i && !(k < i + 3 && k < paragraphs.length - 1 && signs(p))).join('\n\n');
}

/** What a browser keeps in <head>; any other tag there closes the head and starts the body. */
const HEAD_TAGS = new Set(['BASE', 'BASEFONT', 'BGSOUND', 'LINK', 'META', 'TITLE', 'NOSCRIPT', 'NOFRAMES', 'STYLE', 'SCRIPT', 'TEMPLATE']);

/**
 * Puts page content where a browser would: in <body>. linkedom leaves what follows an unclosed
 * <head> (a page cut inside an attribute) in the head or beside the body, and Readability,
 * walking up the tree to BODY, then runs off its top and throws.
 */
function moveContentIntoBody(doc: Document): void {
  const root = doc.documentElement as Element | null;
  if (!root) return;
  const head = doc.head as HTMLHeadElement | null;
  const body = doc.body;
  const stray: ChildNode[] = [];
  if (head) {
    const nodes = [...head.childNodes];
    const cut = nodes.findIndex((node) => (node.nodeType === 1 && !HEAD_TAGS.has((node as Element).tagName.toUpperCase())) || (node.nodeType === 3 && /\S/.test(node.textContent ?? '')));
    if (cut >= 0) stray.push(...nodes.slice(cut));
  }
  let afterBody = false;
  const trailing: ChildNode[] = [];
  for (const node of [...root.childNodes]) {
    if (node === body) afterBody = true;
    else if (node !== head) (afterBody ? trailing : stray).push(node);
  }
  const first = body.firstChild;
  for (const node of stray) body.insertBefore(node, first);
  for (const node of trailing) body.appendChild(node);
}

/**
 * <font> as <span>, as Readability itself renames it, but before its pass over <br><br> runs: that
 * pass moves only phrasing elements into the paragraph it makes, so a legacy page's <font> after a
 * double break stayed outside it and the break was lost ("…12/03/2024Plusieurs centaines…").
 */
function fontsAsSpans(doc: Document): void {
  for (const font of Array.from(doc.getElementsByTagName('font'))) {
    const span = doc.createElement('span');
    while (font.firstChild) span.appendChild(font.firstChild);
    font.replaceWith(span);
  }
}

function parseDocument(html: string): Document {
  const doc = parseHTML(prepareHtml(html)).document as unknown as Document;
  moveContentIntoBody(doc);
  return doc;
}

/**
 * The article of an HTML page: body as clean text and sanitised HTML, with title, byline, site,
 * date, language. A page so broken that a pass fails on its tree (Readability on a head cut in
 * the middle, say) is said to hold no article, in the user's language, rather than failing as an
 * internal error.
 */
export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  try {
    return extractFromPage(html, opts);
  } catch (error) {
    if (error instanceof RevueError) throw error;
    throw new RevueError('EMPTY_PAGE', { input: opts.input ?? opts.url ?? '' }, { cause: error });
  }
}

function extractFromPage(html: string, opts: ExtractOptions): ExtractedArticle {
  const input = opts.input ?? opts.url ?? '';
  if (html.length > MAX_HTML_CHARS) {
    throw new RevueError('FETCH_TOO_LARGE', { maxMB: Math.round(MAX_HTML_CHARS / 1024 / 1024), url: input });
  }
  const doc = parseDocument(html);
  const meta = readMetadata(doc, opts.url ?? null);
  const ruledBody = opts.siteRules ? applySiteRules(doc, opts.siteRules) : null;
  const aggregator = matchAggregator(doc, { baseUrl: opts.url, titles: [meta.docTitle, meta.ogTitle, meta.jsonLd?.headline ?? null] });

  // Without metadata, a byline line under the headline names the author, the paper and the date; read it before Readability moves nodes.
  const headline = headlineElement(doc, meta);
  // Read before Readability drops the page's footer: the copyright line of a page without a stated
  // site name names its publisher, and a print version without an address states it in its text.
  const pageText = meta.siteName && (opts.url || meta.canonicalUrl) ? '' : (doc.body?.textContent ?? '');
  const rightsHolder = meta.siteName ? null : publisherFromRights(pageText);
  const printed = opts.url || meta.canonicalUrl ? null : printedUrl(pageText);
  const nearHeadline = headline ? linesAfter(headline) : [];
  // Signature lines elsewhere in the page, gathered now as Readability drops the boxes that hold them; read last.
  const signedLines = metadataNamesSomeone(meta, aggregator?.source ?? meta.siteName, opts.url ?? meta.canonicalUrl) ? [] : signedLinesOf(doc);

  let contentEl: Element | null = ruledBody ?? aggregator?.body ?? null;
  let rd: ReturnType<Readability<Element>['parse']> = null;
  if (!contentEl) {
    const page = notePageBlocks(doc);
    // Classes kept for removeNoiseBlocks (caption, share, tag boxes); sanitizeArticle drops them.
    fontsAsSpans(doc);
    removeAuthorBoxes(doc);
    rd = new Readability<Element>(doc, { serializer: (n) => n as Element, keepClasses: true }).parse();
    contentEl = rd?.content ?? null;
    if (contentEl) recoverSplitBody(page, contentEl);
    if (!contentEl || !/[\p{L}\p{N}]/u.test(contentEl.textContent ?? '')) contentEl = largestTextBlock(page) ?? contentEl;
  }
  if (contentEl) removeNoiseBlocks(contentEl);
  const rawText = contentEl ? htmlToText(contentEl, (l) => !isAggregatorNoise(l) && !isNoiseLine(l)) : '';
  if (!/[\p{L}\p{N}]/u.test(rawText)) throw new RevueError('EMPTY_PAGE', { input });
  const { lang, dir } = detectLanguage(rawText, meta.htmlLang ?? rd?.lang);
  assertReadable(rawText, input, lang);
  // A byline line is looked for when the metadata names no one, or names only the publication.
  const siteHint = aggregator?.source ?? meta.siteName ?? rd?.siteName ?? null;
  const paragraphs = metadataNamesSomeone(meta, siteHint, opts.url ?? meta.canonicalUrl) ? null : rawText.split('\n\n');
  const line = paragraphs ? (findBylineLine([...nearHeadline.slice(0, 6), ...paragraphs.slice(0, 4)], lang) ?? findUnlabelledByline(nearHeadline, lang)) : null;
  const closingLine = paragraphs && !line && paragraphs.length > 4 ? findBylineLine(paragraphs.slice(-2).reverse(), lang) : null;
  const siteName = siteHint ?? line?.source ?? null;
  const title = aggregator?.title ?? chooseTitle(meta, rd?.title ?? null, siteName, opts.url ?? null);
  const statedSite = siteName ?? siteNameFromTitle(meta.docTitle, title) ?? rightsHolder;
  const signedLine = (): BylineLine | null => readSignedLine(signedLines, lang);
  const byline = chooseByline({ meta, readabilityByline: rd?.byline, line, closingLine, signedLine, opening: paragraphs?.[0], siteName, url: opts.url ?? meta.canonicalUrl }) ?? signature(contentEl);
  const text = trimBoilerplate(dropLeadingRepeats(rawText, title, byline, siteName));
  return {
    title,
    byline,
    siteName: statedSite,
    publishedTime: aggregator?.publishedTime ?? chooseDate(meta, rd?.publishedTime, lang) ?? line?.date ?? null,
    lang,
    dir,
    text,
    html: sanitizeArticle(contentEl?.innerHTML ?? ''),
    url: aggregator?.url ?? absolute(meta.canonicalUrl, opts.url) ?? opts.url ?? printed ?? null,
  };
}
