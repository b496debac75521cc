/**
 * The wording press-digest sites put around a republished article: the "Publié dans <source> le
 * <date>" line, the "read it at the source" link, and the lines of their image-report widget.
 * How the article is found on the page (by structure) is in matchAggregator.ts.
 */

export interface PublishedLine {
  /** The original publication, e.g. "L'opinion". */
  source: string;
  /** The date as written ("05 - 11 - 2016"), not yet parsed. */
  dateText: string;
  lang: 'fr' | 'ar' | 'en';
}

/**
 * The line's shapes: which group holds the source and which the date. Sites word it either way round
 * ("Publié dans X le D", "Publié le D dans X"), with or without a colon, "le" or "du" before the date.
 */
const PUBLISHED_SHAPES: { re: RegExp; source: number; date: number; lang: PublishedLine['lang'] }[] = [
  { re: /^(?:publié|paru|mis en ligne)e?\s+dans\s*:?\s*(.+?)\s*,?\s+(?:le|en date du|du(?=\s+\p{Nd}))\s+(.{6,40}?)\s*\.?$/iu, source: 1, date: 2, lang: 'fr' },
  { re: /^(?:publié|paru|mis en ligne)e?\s+(?:le|en date du)\s+(.{6,40}?)\s*,?\s+(?:dans|sur)\s*:?\s*(.+?)\s*\.?$/iu, source: 2, date: 1, lang: 'fr' },
  { re: /^نشر\s+(?:في|فى)\s*:?\s*(.+?)\s+(?:يوم|بتاريخ|في)\s+(.{6,40}?)\s*\.?$/u, source: 1, date: 2, lang: 'ar' },
  { re: /^نشر\s+(?:يوم|بتاريخ|في)\s+(.{6,40}?)\s+(?:في|فى|على)\s*:?\s*(.+?)\s*\.?$/u, source: 2, date: 1, lang: 'ar' },
  { re: /^(?:published|first published|posted)\s+in\s*:?\s*(.+?)\s*,?\s+on\s+(.{6,40}?)\s*\.?$/iu, source: 1, date: 2, lang: 'en' },
  { re: /^(?:published|first published|posted)\s+on\s+(.{6,40}?)\s*,?\s+in\s*:?\s*(.+?)\s*\.?$/iu, source: 2, date: 1, lang: 'en' },
];

/** Cheap test before walking a page: does its text hold a source line at all? */
export const PUBLISHED_HINT =
  /(?:publié|paru|mis en ligne)e?\s+(?:dans|le\s[^\n]{4,40}\s(?:dans|sur))\s|نشر\s+(?:في|فى|يوم|بتاريخ)\s|(?:published|posted)\s+(?:in|on\s[^\n]{4,40}\sin)\s/iu;

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The source and date of a "Publié dans X le D" / "نشر في X يوم D" line, or null when the line is not one. */
export function readPublishedLine(line: string): PublishedLine | null {
  const t = squeeze(line);
  if (t.length > 160) return null;
  for (const shape of PUBLISHED_SHAPES) {
    const m = shape.re.exec(t);
    const source = m?.[shape.source]?.replace(/^[:«"“']\s*|\s*[»"”]$/g, '').trim();
    const dateText = m?.[shape.date]?.trim();
    if (source && dateText && source.length <= 80 && !/\p{Nd}/u.test(source) && /\p{Nd}/u.test(dateText)) return { source, dateText, lang: shape.lang };
  }
  return null;
}

const SOURCE_LINK_RE = [
  /^(?:cliquez|cliquer)\s+ici\s+pour\s+lire\s+l['’]article\s+(?:depuis|sur|à)\s+(?:sa|la|le\s+site\s+de\s+sa)\s+source\s*\.?$/iu,
  /^(?:lire|voir)\s+l['’]article\s+(?:original|complet\s+sur\s+le\s+site\s+de\s+la\s+source|depuis\s+sa\s+source)\s*\.?$/iu,
  /^(?:read|view|see)\s+(?:the\s+)?(?:original|full)\s+(?:article|story)(?:\s+(?:at|on)\s+(?:its|the)\s+source)?\s*\.?$|^(?:read|continue reading)\s+(?:the\s+article\s+)?(?:at|on)\s+(?:its|the)\s+source\s*\.?$/iu,
  /^(?:اضغط|انقر)\s+هنا\s+(?:ل|من\s+اجل\s+|من\s+أجل\s+|لأجل\s+)?(?:قراءة|لقراءة|لمتابعة|متابعة)\s+(?:الخبر|المقال|الموضوع)\s+(?:من|في|على)\s+مصدره(?:\s+الأصلي)?\s*\.?$/u,
];

/** True for the text of the "read the article at its source" link. */
export function isSourceLinkText(text: string): boolean {
  const t = squeeze(text);
  return t.length < 120 && SOURCE_LINK_RE.some((r) => r.test(t));
}

/** Lines the sites add around images and links, never part of the article. */
const NOISE_RE = [
  /^merci d['’]avoir signalé\s*!?$/iu,
  /^cette image sera automatiquement bloquée.*signalée par plusieurs personnes\.?$/iu,
  /^signaler (?:cette|l['’]|une) image.*$/iu,
  /^شكرا (?:على|علي) (?:الإبلاغ|الابلاغ)\s*!?$/u,
  /^سيتم حجب هذه الصورة.*$/u,
  /^(?:الإبلاغ|الابلاغ|أبلغ|ابلغ) عن (?:صورة|هذه الصورة).*$/u,
];

/** True for a line an aggregator page adds around the article (source line, source link, report-image text). */
export function isAggregatorNoise(line: string): boolean {
  const t = squeeze(line);
  return t.length < 300 && (NOISE_RE.some((r) => r.test(t)) || isSourceLinkText(t) || readPublishedLine(t) !== null);
}
