import type { PageMetadata } from './readMetadata.js';
import { TITLE_SEPARATORS as SEPARATORS, titleLength, titleParts as partsOf, titleWords } from './titleParts.js';

function norm(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´"“”„«»]/g, "'")
    // "Blog – Spring 08" in the <h1> and "Blog - Spring 08" in og:site_name are one name.
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parts of a <title> that name the site or section rather than the article. */
const SECTION_WORDS = /^(?:blog\s*archiv(?:e)?|archives?|news|actualités?|home|accueil|startseite)$/i;

/** "jan-grosser.de", "www.example.co.uk/": a host name, which names the site, never an article. */
function looksLikeDomain(s: string): boolean {
  return /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[a-z]{2,6}[\s/|:»«-]*$/iu.test(s.trim());
}

/** A <title>-like string without the site name the CMS appended or prepended ("Headline | Site"). */
export function stripSiteName(title: string, siteNames: Set<string>, guessSuffix = true): string {
  const parts = partsOf(title);
  if (parts.length < 2) return title;
  const isSite = parts.map((p) => {
    const n = norm(p);
    if (SECTION_WORDS.test(n) || looksLikeDomain(p)) return true;
    const sq = squash(p);
    for (const site of siteNames) {
      const ss = squash(site);
      if (n === site || (ss.length >= 3 && sq.length >= 3 && (ss.includes(sq) || sq.includes(ss)))) return true;
    }
    return false;
  });
  const kept = headlineSide(parts, isSite);
  if (kept.length && kept.length < parts.length) return rejoin(title, kept);
  if (!kept.length) return '';
  if (!guessSuffix) return title;
  // No known site name: drop the last short part, which is the site name in most CMS templates.
  const last = parts[parts.length - 1] ?? '';
  const rest = parts.slice(0, -1);
  // Not the end of a range ("Rapport 14.01. - 20.01.2024"): figures on both sides of the separator.
  const range = /^\p{N}/u.test(last) && /\p{N}\.?$/u.test(rest[rest.length - 1] ?? '');
  if (!range && titleLength(last) <= 4 && titleLength(rest.join(' ')) >= 3) return rejoin(title, rest);
  return title;
}

/**
 * A title another party wrote (a feed item's, "Headline - Le Monde") without a first or last part
 * that is one of the given site names, spelled the same letter for letter: only whole names, since
 * nothing else (no page, no metadata) says which part is the headline.
 */
export function withoutKnownSiteName(title: string, siteNames: (string | null | undefined)[]): string {
  const names = new Set(siteNames.filter((n): n is string => !!n).map(squash).filter((n) => n.length >= 3));
  const parts = partsOf(title);
  if (parts.length < 2 || !names.size) return title;
  const isSite = (p: string | undefined): boolean => p !== undefined && names.has(squash(p));
  const start = isSite(parts[0]) ? 1 : 0;
  const end = isSite(parts[parts.length - 1]) ? parts.length - 1 : parts.length;
  const kept = parts.slice(start, Math.max(start, end));
  return kept.length && kept.length < parts.length && titleLength(kept.join(' ')) >= 2 ? rejoin(title, kept) : title;
}

/**
 * The parts on the headline's side of the site name: "Headline : Site | Tagline" keeps only
 * "Headline", "Site » Section » Headline" keeps only "Headline". Empty when every part names the site.
 */
function headlineSide(parts: string[], isSite: boolean[]): string[] {
  const first = isSite.indexOf(true);
  if (first < 0) return parts;
  const last = isSite.lastIndexOf(true);
  const before = parts.slice(0, first);
  const after = parts.slice(last + 1);
  // CMS templates put the site after the headline; only "Site » Headline" puts it first.
  return before.length ? before : after;
}

/** Re-joins kept parts with the separators the title had between them. */
function rejoin(title: string, kept: string[]): string {
  const firstPart = kept[0] ?? '';
  const lastPart = kept[kept.length - 1] ?? '';
  const start = title.indexOf(firstPart);
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' ');
}

/** Letters and digits only: "MDR.DE", "mdr.de" and "MDR DE" compare equal. */
function squash(s: string): string {
  return norm(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The distinctive label of a host name: "www.lemonde.fr" gives "lemonde". */
export function hostLabel(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    const core = labels.length > 2 && (labels[labels.length - 2] ?? '').length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2];
    return core && core.length >= 3 ? squash(core) : null;
  } catch {
    return null;
  }
}

/** Names that stand for the site: og:site_name, the publisher, the host, and <h1>s that are a minor part of <title>. */
function siteNamesOf(meta: PageMetadata, siteName: string | null, url: string | null): Set<string> {
  const names = new Set<string>();
  for (const s of [siteName, meta.siteName, meta.jsonLd?.publisher]) if (s) names.add(norm(s));
  const host = hostLabel(url ?? meta.canonicalUrl);
  if (host) names.add(host);
  for (const h of meta.h1s) if (looksLikeDomain(h)) names.add(norm(h));
  const headlines = new Set(
    [meta.jsonLd?.headline, meta.ogTitle, meta.twitterTitle].filter((t): t is string => !!t).map(norm),
  );
  for (const full of [meta.docTitle, meta.ogTitle]) {
    if (!full) continue;
    for (const h of meta.h1s) {
      // "Blog Name: Headline" (Blogger's template) splits on a colon without a space before it.
      const rest = norm(full).startsWith(`${norm(h)}:`) ? norm(full).slice(norm(h).length + 1).trim() : null;
      if (rest && headlines.has(rest)) names.add(norm(h));
    }
    const parts = partsOf(full);
    if (parts.length < 2) continue;
    // "Page - Site - Tagline" with the <h1> "Site - Tagline" (wiki templates): the <h1> is the site's banner.
    for (const h of meta.h1s) {
      const tail = norm(full).endsWith(norm(h)) ? partsOf(h) : [];
      if (tail.length >= 2 && tail.length < parts.length) names.add(norm(h));
    }
    for (const h of meta.h1s) {
      const i = parts.findIndex((x) => norm(x) === norm(h));
      // "Site » Blog Archive » Post" puts the site first; elsewhere the site comes after the headline.
      if (i < 0) continue;
      // The <h1> is the site's name when another part of the title is the headline: the page's other
      // titles confirm it, or it is a section name ("Site » Blog Archive"), or it is the longer part.
      const others = parts.filter((_, j) => j !== i).map(norm);
      const confirmed = others.some((o) => headlines.has(o));
      const rest = others.join(' ');
      // An <h1> that og:title or the JSON-LD headline repeats is the headline, whatever follows it in <title>.
      const isHeadline = headlines.has(norm(h));
      // "Site » Section » Headline": a breadcrumb's separators, the <h1> first and a longer part last
      // ("Headline - Site - Tagline" puts the <h1> first too, but with a dash).
      const breadcrumb = i === 0 && parts.length >= 3 && /\s[»>/]\s/.test(full) && titleLength(parts[parts.length - 1] ?? '') > titleLength(h) + 2;
      if (confirmed || (i > 0 && h.length < rest.length) || (i === 0 && !isHeadline && (SECTION_WORDS.test(others[0] ?? '') || breadcrumb))) names.add(norm(h));
    }
  }
  return names;
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

/**
 * The <h1> as the metadata spells it when the two differ only in letter case: the <h1>'s case is
 * often a style ("defadvice" set in code, a headline typed in capitals), the metadata's the writer's.
 * Metadata in capitals is not taken over an <h1> in mixed case. An <h1> typed in capitals also takes
 * the case of a title that starts with it ("Headline | Site" in <title>).
 */
function sameWordsAsWritten(h: string, metaTitles: string[]): string {
  const n = norm(h);
  const variant = metaTitles.find((t) => t !== h && norm(t) === n && !isAllCaps(t));
  if (variant) return variant.replace(/\s+/g, ' ').trim();
  if (!isAllCaps(h)) return h;
  const length = h.replace(/\s+/g, ' ').trim().length;
  for (const t of metaTitles) {
    const start = t.replace(/\s+/g, ' ').trim().slice(0, length);
    if (norm(start) === n && !isAllCaps(start)) return start;
  }
  return h;
}

/** Two words are related when equal, or when one long word holds the other (German compounds: "Chorgeschichte", "Geschichte"). */
function related(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && (a.includes(b) || b.includes(a)));
}

function unrelatedToTitles(h1: string, titles: string[]): boolean {
  const hw = [...titleWords(h1)];
  const long = titles.map((t) => [...titleWords(t)]).filter((tw) => tw.length >= 4);
  return long.length > 0 && long.every((tw) => !hw.some((w) => tw.some((t) => related(w, t))));
}

/** Between a kicker and the headline in og:title: "Kicker: Headline", "Kicker / Headline", "Kicker – Headline". */
const KICKER_SEPARATOR = /^(.{3,60}?)(?::\s+|\s+\/\s+|\s+[–—]\s+)$/u;

/**
 * The metadata's headline when it is the <h1> with the kicker the page sets above it ("Nationaler
 * Veteranentag: Orden fürs Morden" for an <h1> "Orden fürs Morden"): the publication's whole
 * headline, as it names the article where it is shared. Only when the page shows that kicker by
 * the <h1> or the JSON-LD headline holds it: a kicker that only the share card carries was written
 * for social feeds, and the page's headline is the <h1>. Not when the prefix is the site's name.
 */
function withKicker(h1: string, meta: PageMetadata, sites: Set<string>): string | null {
  const n = norm(h1);
  if (n.split(' ').length < 2) return null;
  const shown = meta.aroundHeadlines.map(norm);
  for (const t of [meta.jsonLd?.headline, meta.ogTitle, meta.twitterTitle]) {
    if (!t) continue;
    const m = norm(t);
    if (m.length <= n.length || !m.endsWith(n)) continue;
    const kicker = KICKER_SEPARATOR.exec(m.slice(0, m.length - n.length))?.[1]?.trim();
    // One word before the colon is a category label ("Pétition :", "Video:"), not a kicker.
    const kickerWords = kicker?.split(' ').length ?? 0;
    if (!kicker || kickerWords < 2 || kickerWords > 6 || sites.has(kicker) || looksLikeDomain(kicker)) continue;
    if (t !== meta.jsonLd?.headline && !shown.some((s) => s !== n && s.includes(kicker))) continue;
    return t.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** The words of a string: letters and digits runs. */
function wordCount(s: string): number {
  return norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

/**
 * The metadata's spelling of an <h1> whose elements ran together: "<span>Nationale Demo</span>Der 9.
 * Juli naht" reads "Nationale DemoDer 9. Juli naht" where og:title has "Nationale Demo / Der 9. Juli
 * naht". Same letters, more words: the page shows them apart, as the metadata writes them.
 */
function spelledApart(h1: string, titles: (string | null | undefined)[]): string | null {
  const sq = squash(h1);
  const words = wordCount(h1);
  const t = titles.find((x) => !!x && squash(x) === sq && wordCount(x) > words);
  return t ? t.replace(/\s+/g, ' ').trim() : null;
}

/** The test by which a title names an <h1>: the same words, or the <h1> then a tail (a site name, a subtitle). */
function names(title: string, h1: string): boolean {
  const m = norm(title);
  const n = norm(h1);
  return m === n || (m.startsWith(n) && n.length > 0.4 * m.length) || (m.includes(n) && n.length > 15);
}

/**
 * The last words that og:title and <title> share after a separator or colon, when each puts a
 * different lead-in before them ("Industriell revolutioniert?: Anno 1800 Beta" and "Site |
 * Vorschauen: Anno 1800 Beta"): the lead-ins are a kicker and a section, the shared end is the headline.
 */
function sharedEnd(a: string, b: string): string | null {
  const cuts = (s: string): string[] => {
    const out: string[] = [];
    const re = /(?:[:|»/]|\s[-–—·•]|[?!]:)\s+/gu;
    for (let m = re.exec(s); m; m = re.exec(s)) out.push(s.slice(m.index + m[0].length).trim());
    return out;
  };
  // One title ending with the whole other ("Site | Kicker: Headline" and "Kicker: Headline") has no second lead-in.
  if (norm(a).endsWith(norm(b)) || norm(b).endsWith(norm(a))) return null;
  const fromB = new Map(cuts(b).map((e) => [norm(e), e]));
  // The longest shared end first, still at least three words and not the whole of either title.
  for (const e of cuts(a)) {
    if (fromB.has(norm(e)) && titleLength(e) >= 3) return e;
  }
  return null;
}

/**
 * Picks the article's headline: an <h1> that the page's own metadata confirms, else the JSON-LD
 * headline, else og:title and <title> without the site name, else what Readability found.
 */
export function chooseTitle(
  meta: PageMetadata,
  readabilityTitle: string | null,
  siteName: string | null,
  url: string | null = null,
): string | null {
  const title = pickTitle(meta, readabilityTitle, siteName, url);
  return title ? withoutDatePart(title) : title;
}

/** A part of a title that is only a day written in figures ("23.01.2022", "2024-03-12", "12/03/2024"). */
const NUMERIC_DAY = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})$/;

/**
 * The headline without the day that some CMSs set before or after it as a part of its own ("23.01.2022 -
 * Headline", "Headline | 28.04.2023"): the date is a field of its own, not words of the headline.
 */
function withoutDatePart(title: string): string {
  const parts = partsOf(title);
  if (parts.length < 2) return title;
  // "Report 14.01 - 20.01.2024" is a range: a neighbour ending or starting in figures keeps the day.
  const lone = (i: number): boolean => {
    const next = i === 0 ? parts[1] : parts[i - 1];
    return !!next && !(i === 0 ? /^\p{N}/u : /\p{N}\.?$/u).test(next);
  };
  const keep = parts.filter((p, i) => !((i === 0 || i === parts.length - 1) && NUMERIC_DAY.test(p) && lone(i)));
  return keep.length && keep.length < parts.length ? rejoin(title, keep) : title;
}

function pickTitle(meta: PageMetadata, readabilityTitle: string | null, siteName: string | null, url: string | null): string | null {
  const sites = siteNamesOf(meta, siteName, url);
  const knowsHost = hostLabel(url ?? meta.canonicalUrl) !== null;
  const h1s = meta.h1s.filter((h) => !sites.has(norm(h)));
  const metaTitles = [meta.jsonLd?.headline, meta.ogTitle, meta.twitterTitle, meta.metaTitle, meta.docTitle, readabilityTitle]
    .filter((t): t is string => !!t && t.trim().length > 0);
  // JSON-LD and og:title agreeing on a headline that the page also shows as a heading outrank an
  // <h1> that only <title> repeats: the <h1> then is a variant of the page template's.
  const ld = meta.jsonLd?.headline;
  const agreed = ld && meta.ogTitle && norm(ld) === norm(meta.ogTitle) && meta.subheads.some((h) => norm(h) === norm(ld)) ? ld : null;
  for (const h of h1s) {
    const n = norm(h);
    if (n.length < 4) continue;
    const apart = spelledApart(h, [meta.jsonLd?.headline, meta.ogTitle, meta.twitterTitle]);
    if (apart) return apart;
    const kickered = withKicker(h, meta, sites);
    if (kickered) return kickered;
    if (agreed && !names(agreed, h) && ![meta.twitterTitle, meta.metaTitle].some((t) => t && names(t, h))) continue;
    if (metaTitles.some((t) => names(t, h))) return sameWordsAsWritten(h, metaTitles);
    // "Headline | Other Site" set in the <h1> (a syndicated post): the metadata's headline without the tail.
    const tailed = metaTitles.find((t) => {
      const m = norm(t);
      return m.length >= 12 && n.startsWith(m) && SEPARATORS.test(n.slice(m.length - 1, m.length + 3)) && partsOf(n.slice(m.length)).join(' ').split(' ').length <= 4;
    });
    if (tailed) return tailed.replace(/\s+/g, ' ').trim();
  }
  if (ld) return ld;
  // "Site - Print version - Headline": the part of <title> that a heading of the page repeats is the headline.
  const parts = [meta.ogTitle, meta.docTitle].filter((t): t is string => !!t).flatMap(partsOf);
  if (parts.length > 1) {
    // Several headings may repeat a part ("Headline - Section - Site"): the one a metadata title names comes first.
    const headings = [...h1s, ...meta.subheads].filter((h) => h.split(/\s+/).length >= 3 && parts.some((p) => norm(p) === norm(h)));
    const heading = headings.find((h) => [meta.twitterTitle, meta.metaTitle].some((t) => t && norm(t) === norm(h))) ?? headings[0];
    if (heading) return heading;
    // A part shown again in bold is the headline when it is also the longest part (a masthead repeats the shorter site name).
    const longest = Math.max(...parts.map((p) => p.length));
    const echo = meta.titleEchoes.find((e) => !sites.has(norm(e)) && e.length === longest && e.split(/\s+/).length >= 3);
    if (echo) return echo;
    // The meta description of an old CMS page often repeats the headline alone: the part it repeats.
    // Not the last part, the site's side, which a site-wide description repeats as its tagline.
    const described = meta.description ? parts.find((p, i) => i < parts.length - 1 && titleLength(p) >= 3 && norm(p) === norm(meta.description ?? '')) : undefined;
    if (described && !sites.has(norm(described))) return described;
  }
  // A page with a single <h1> shows its headline there, even when og:title is a marketing variant;
  // but an <h1> that shares no word with a title of four words or more is a widget's or a section's
  // heading ("Original text", "Allergies Health Center").
  const single = h1s.length === 1 ? h1s[0] : undefined;
  if (single && single.length >= 3 && single.length <= 250 && !unrelatedToTitles(single, metaTitles)) return single;
  // og:title and <title> with different lead-ins before the same words: those words.
  const shared = meta.ogTitle && meta.docTitle && !h1s.length ? sharedEnd(meta.ogTitle, meta.docTitle) : null;
  if (shared) return shared;
  // A candidate that is only the site and section names ("Site » Blog Archive") says nothing of the article.
  const candidates = [meta.ogTitle, meta.twitterTitle, meta.metaTitle, readabilityTitle, meta.docTitle]
    .map((t) => (t && !sites.has(norm(t)) ? stripSiteName(t, sites, !knowsHost) : ''))
    .filter((t) => t && !looksLikeDomain(t));
  // Where they disagree, the one the page shows as a heading is the article's.
  const shown = candidates.find((c) => titleLength(c) >= 3 && meta.subheads.some((h) => norm(h) === norm(c)));
  // Every part of <title> names the site (a personal site named after its owner): the name as written, not the host.
  const named = meta.docTitle ? partsOf(meta.docTitle).find((p) => !looksLikeDomain(p)) : undefined;
  return shown ?? candidates[0] ?? h1s[0] ?? named ?? meta.docTitle ?? readabilityTitle;
}
