import type { LogoMimeType, Review, ReviewItemArticle, ReviewLayout, TextDirection, UiLanguage } from '../../shared/domain.js';
import { dayAtNoonUtc, formatLongDate } from '../../shared/calendarDay.js';
import { ARABIC_ITEM_LABELS, exportLabels, type ExportLabels } from './labels.js';
import { creditByline } from '../../shared/creditByline.js';
import { hostOf } from '../text/publicationKey.js';
import { frenchTypography, quoteMarks } from './frenchTypography.js';
import { shortLink } from './shortLink.js';
import { textDirection } from './textDirection.js';

/** A logo for the cover, as bytes with their type and pixel size. */
export interface ExportLogo {
  data: Uint8Array;
  mimeType: LogoMimeType;
  width: number;
  height: number;
}

export interface ExportOptions {
  lang: UiLanguage;
  organisation: string;
  /** The cover's distribution notice and copyright line, from the settings; empty for none. */
  distributionNotice?: string;
  copyright?: string;
  /** Defaults to the review's own layout. */
  layout?: ReviewLayout;
  logo?: ExportLogo | null;
  /**
   * The language of the credit lines (label "Par", the article's date): the review's by default,
   * so a French review prints "vendredi 8 février 2019" under an Arabic article; 'article' prints
   * an Arabic article's credit in Arabic.
   */
  creditLanguage?: 'review' | 'article';
}

/** The language and direction of one text of an item, each text taking its own. */
export interface TextMark {
  lang: string;
  dir: TextDirection;
}

/** One item as both formats print it: texts already typeset for their language. */
export interface ExportItem {
  /** Anchor shared by the sommaire link, the HTML id and the DOCX bookmark. */
  anchor: string;
  lang: string;
  dir: TextDirection;
  headline: string;
  publication: string;
  /** The date in full, or null when the article has none. */
  date: string | null;
  byline: string | null;
  byLabel: string;
  /** The article's own title when the editor's headline differs from it. */
  originalTitle: string | null;
  originalTitleLabel: string;
  summary: string[];
  quotes: string[];
  comment: string[];
  alsoIn: string[];
  url: string | null;
  /** The address as printed: decoded, short ("lemonde.fr/politique/…/budget"); `url` stays the link. */
  urlLabel: string | null;
  /**
   * Language and direction of each text, from its own letters: a French chapeau or comment on an
   * Arabic article is left to right. `lang` and `dir` above are the article's.
   */
  texts: { headline: TextMark; originalTitle: TextMark | null; summary: TextMark[]; quotes: TextMark[]; comment: TextMark[] };
  /** The language of the credit line (label and date). */
  creditLang: string;
}

export interface ExportGroup {
  anchor: string;
  heading: string;
  items: ExportItem[];
}

export interface ExportSource {
  publication: string;
  count: number;
  dates: string[];
}

/** The review as the exports lay it out, shared by the HTML template and the DOCX builder. */
export interface ExportDocument {
  lang: UiLanguage;
  labels: ExportLabels;
  /** "Revue de presse du mercredi 31 décembre 2025": the document's title property. */
  title: string;
  organisation: string;
  logo: ExportLogo | null;
  /** "Diffusion interne — reproduction interdite", or null. */
  distributionNotice: string | null;
  /** "© Agence Maghreb Presse 2025", or null. */
  copyright: string | null;
  longDate: string;
  edition: string | null;
  /** "Revue de presse · mercredi 31 décembre 2025", the running header. */
  runningTitle: string;
  counts: string;
  intro: string[];
  groups: ExportGroup[];
  sources: ExportSource[];
  createdAt: Date;
}

const AR_LOCALE = 'ar-u-nu-latn';

/** Paragraphs of a text typed with blank lines or single line breaks between them. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

function itemLang(article: ReviewItemArticle | undefined, reviewLang: UiLanguage): string {
  const lang = article?.lang?.toLowerCase().split('-')[0];
  if (lang) return lang;
  return article?.dir === 'rtl' ? 'ar' : reviewLang;
}

/** YYYY-MM-DD of an ISO date or date-time as the source wrote it (its own offset, not ours). */
function calendarDay(published: string | null): string | null {
  const match = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return match?.[1] ?? null;
}

function longDate(day: string, lang: string, reviewLang: UiLanguage): string {
  if (lang !== 'ar') return formatLongDate(day, reviewLang);
  return new Intl.DateTimeFormat(AR_LOCALE, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    dayAtNoonUtc(day),
  );
}

function shortDate(day: string, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    dayAtNoonUtc(day),
  );
}

/** Only web links are printed as links; anything else stays out of the document. */
function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Typesets a text of the given language: French typography for French, as typed otherwise. */
function typeset(text: string, lang: string): string {
  return lang === 'fr' ? frenchTypography(text) : text;
}

/**
 * A text of an item marked with its own direction (its first strong letter, as dir="auto") and
 * language: the article's when the direction agrees with it, else the review's (a French chapeau
 * of an Arabic article) or Arabic (an Arabic comment in a French review).
 */
function markText(text: string, articleLang: string, articleDir: TextDirection, reviewLang: UiLanguage): TextMark {
  const dir = textDirection(text, articleDir);
  if (dir === articleDir) return { lang: articleLang, dir };
  return { lang: dir === 'rtl' ? 'ar' : reviewLang, dir };
}

/**
 * Lays out a review for export: items in the order of the chosen layout (by section, or by
 * publication in order of first appearance), texts typeset, counts and sources computed.
 */
export function composeExport(review: Review, options: ExportOptions, now: Date = new Date()): ExportDocument {
  const labels = exportLabels(options.lang);
  const sectionOrder = new Map(review.sections.map((s, index) => [s.id, { index, section: s }]));
  const ordered = [...review.items].sort(
    (a, b) =>
      (sectionOrder.get(a.sectionId)?.index ?? Infinity) - (sectionOrder.get(b.sectionId)?.index ?? Infinity) ||
      a.position - b.position ||
      a.id - b.id,
  );

  const sourceDays = new Map<string, { count: number; days: Set<string> }>();
  const entries = ordered.map((item) => {
    const article = review.articles?.[item.articleId];
    const lang = itemLang(article, options.lang);
    const dir: TextDirection = article?.dir ?? (lang === 'ar' ? 'rtl' : 'ltr');
    const publication = article?.siteName?.trim() || hostOf(article?.url ?? null) || labels.unknownSource;
    const day = calendarDay(article?.publishedTime ?? null);
    const source = sourceDays.get(publication) ?? { count: 0, days: new Set<string>() };
    source.count++;
    if (day) source.days.add(day);
    sourceDays.set(publication, source);
    const mark = (text: string): TextMark => markText(text, lang, dir, options.lang);
    const headlineMark = mark(item.headline);
    const headline = typeset(item.headline.trim(), headlineMark.lang);
    const originalTitleText = article && article.title.trim() && article.title.trim() !== item.headline.trim() ? article.title.trim() : null;
    const originalTitleMark = originalTitleText ? mark(originalTitleText) : null;
    const summaryMarks = paragraphs(item.summary).map((p) => ({ p, m: mark(p) }));
    const quoteMarksOf = item.quoteIds
      .map((id) => review.quotes?.[id]?.exact.replace(/\s+/g, ' ').trim())
      .filter((q): q is string => Boolean(q))
      .map((q) => ({ q, m: mark(q) }));
    const commentMarks = paragraphs(item.comment).map((p) => ({ p, m: markText(p, options.lang, 'ltr', options.lang) }));
    const creditLang = options.creditLanguage === 'article' && lang === 'ar' ? 'ar' : options.lang;
    const url = webUrl(article?.url ?? null);
    const exportItem: ExportItem = {
      anchor: `item-${item.id}`,
      lang,
      dir,
      headline,
      publication,
      date: day ? longDate(day, creditLang, options.lang) : null,
      byline: creditByline(article?.byline ?? null, publication, hostOf(article?.url ?? null)),
      byLabel: creditLang === 'ar' ? ARABIC_ITEM_LABELS.by : labels.by,
      originalTitle: originalTitleText && originalTitleMark ? typeset(originalTitleText, originalTitleMark.lang) : null,
      originalTitleLabel: creditLang === 'ar' ? ARABIC_ITEM_LABELS.originalTitle : labels.originalTitle,
      summary: summaryMarks.map(({ p, m }) => typeset(p, m.lang)),
      quotes: quoteMarksOf.map(({ q, m }) => {
        const [open, close] = quoteMarks(m.lang);
        return `${open}${typeset(q, m.lang)}${close}`;
      }),
      comment: commentMarks.map(({ p, m }) => typeset(p, m.lang)),
      alsoIn: (article?.alsoIn ?? []).filter((name) => name !== publication),
      url,
      urlLabel: url ? shortLink(url) : null,
      texts: {
        headline: headlineMark,
        originalTitle: originalTitleMark,
        summary: summaryMarks.map(({ m }) => m),
        quotes: quoteMarksOf.map(({ m }) => m),
        comment: commentMarks.map(({ m }) => m),
      },
      creditLang,
    };
    return { item: exportItem, sectionId: item.sectionId };
  });

  const layout = options.layout ?? review.layout;
  const groups: ExportGroup[] = [];
  if (layout === 'newspapers') {
    const byPublication = new Map<string, ExportGroup>();
    for (const { item } of entries) {
      let group = byPublication.get(item.publication);
      if (!group) {
        group = { anchor: `group-${byPublication.size + 1}`, heading: item.publication, items: [] };
        byPublication.set(item.publication, group);
        groups.push(group);
      }
      group.items.push(item);
    }
  } else {
    for (const section of [...review.sections].sort((a, b) => a.position - b.position)) {
      const items = entries.filter((e) => e.sectionId === section.id).map((e) => e.item);
      if (items.length > 0) groups.push({ anchor: `section-${section.id}`, heading: typeset(section.name, options.lang), items });
    }
  }

  const collator = new Intl.Collator(options.lang, { sensitivity: 'base' });
  const sources = [...sourceDays.entries()]
    .map(([publication, { count, days }]) => ({ publication, count, dates: [...days].sort().map((d) => shortDate(d, options.lang)) }))
    .sort((a, b) => collator.compare(a.publication, b.publication));

  const date = formatLongDate(review.date, options.lang);
  const pressReview = labels.pressReview;
  return {
    lang: options.lang,
    labels,
    title: review.title.trim() || `${pressReview} ${options.lang === 'fr' ? 'du' : 'of'} ${date}`,
    organisation: options.organisation.trim(),
    logo: options.logo ?? null,
    distributionNotice: options.distributionNotice?.trim() ? typeset(options.distributionNotice.trim(), options.lang) : null,
    copyright: options.copyright?.trim() ? typeset(options.copyright.trim(), options.lang) : null,
    longDate: date,
    edition: review.edition.trim() ? labels.edition(review.edition.trim()) : null,
    runningTitle: `${pressReview} · ${date}`,
    counts: labels.counts(entries.length, sourceDays.size),
    intro: paragraphs(review.intro).map((p) => typeset(p, options.lang)),
    groups,
    sources,
    createdAt: now,
  };
}
