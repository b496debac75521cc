import { createRequire } from 'node:module';
import { arabicLightStem, arabicStemVariants } from './arabicLightStem.js';
import { normalizeForSearch } from './normalizeForSearch.js';

/**
 * Word stems for search: Snowball's French and English stemmers for Latin-script words, a light
 * stemmer for Arabic (arabicLightStem.ts). A stem is kept in its search form (normalizeForSearch)
 * so "Économie", "économiques" and a typed "economies" meet.
 *
 * Snowball reads the accents of French endings (-ée, -és, -ère): the index stems the words as
 * written, accents included, and a query typed without accents is also stemmed with the accented
 * readings of its ending (queryStemVariants).
 */

export type StemLanguage = 'fr' | 'en';

// require(), not import: importing a CommonJS module from ESM makes Node scan its source for
// export names first, and this one is 870 KB of every Snowball language — 0.2 to 0.4 s at each
// start of the CLI.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as typeof import('snowball-stemmers').default;
const stemmers = { fr: snowball.newStemmer('french'), en: snowball.newStemmer('english') };

/**
 * The stemmer for an article's Latin-script words: its language's, French (the press Revue is
 * for) when the language is unknown or Arabic; none for other languages, searched by exact forms.
 */
export function stemLanguageOf(lang: string | null | undefined): StemLanguage | null {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';
  if (primary === 'en') return 'en';
  return primary === '' || primary === 'fr' || primary === 'ar' ? 'fr' : null;
}

function isArabicScript(word: string): boolean {
  const code = word.charCodeAt(0);
  return (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08ff);
}

/** Words of a text as written (lowercase), marks kept so that Snowball sees "é" as a letter. */
const WRITTEN_WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const HAS_LETTER = /\p{L}/u;
/**
 * Latin words shorter than this are mostly articles, pronouns and prepositions ("les", "des"):
 * the index does not stem them. A query word of three letters is stemmed ("fly" meets "flies").
 */
const MIN_STEMMED_LENGTH = 4;
const MIN_QUERY_STEMMED_LENGTH = 3;
/** Shorter words are never stemmed, in any script: the index skips them before any lookup. */
const MIN_WORD_WITH_STEM = 3;
const COMBINING = /[\u0300-\u036f]/u;

/** Cached stems by language: news vocabulary is Zipfian, so a bounded cache answers most words. */
const CACHE_LIMIT = 200_000;
const caches = new Map<string, Map<string, string>>();

function cacheFor(language: StemLanguage | null): Map<string, string> {
  const key = language ?? '-';
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  return cache;
}

/**
 * The search form of a written (lowercase) word's stem, or '' when the stem is the word's own
 * search form (nothing to add beside the exact form) or the word is not stemmed.
 */
function stemBesideForm(word: string, language: StemLanguage | null, cache = cacheFor(language)): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const form = normalizeForSearch(word);
  let stem = form;
  if (isArabicScript(form)) stem = arabicLightStem(form);
  else if (language !== null && word.length >= MIN_STEMMED_LENGTH && HAS_LETTER.test(word)) stem = normalizeForSearch(stemmers[language].stem(word));
  const result = stem === form ? '' : stem;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * The stems of a text's words that differ from the words' own search forms, space-separated for
 * the index: each distinct stem once, repeated with the logarithm of its count (1, 2–3, 4–7…), so
 * relevance still sees a word used often without the index holding every occurrence twice.
 */
export function stemsOfText(text: string, language: StemLanguage | null): string {
  const lower = text.toLowerCase();
  const words = (COMBINING.test(lower) ? lower.normalize('NFC') : lower).match(WRITTEN_WORD);
  if (!words) return '';
  // Counted per distinct word first: a small map that stays in the processor's cache, then one
  // lookup of the large stem cache per distinct word rather than per occurrence.
  const wordCounts = new Map<string, number>();
  for (const word of words) {
    // Two-letter words (articles, prepositions, Arabic particles) have no stem beside their form.
    if (word.length >= MIN_WORD_WITH_STEM) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
  }
  const cache = cacheFor(language);
  const counts = new Map<string, number>();
  for (const [word, count] of wordCounts) {
    const stem = stemBesideForm(word, language, cache);
    if (stem !== '') counts.set(stem, (counts.get(stem) ?? 0) + count);
  }
  const out: string[] = [];
  for (const [stem, count] of counts) for (let i = 32 - Math.clz32(count); i > 0; i--) out.push(stem);
  return out.join(' ');
}

/** Accented readings of a French ending typed without its accent ("augmentees" as "augmentées"). */
const ACCENTED_ENDINGS: readonly [RegExp, string][] = [
  [/ees$/u, 'ées'],
  [/ee$/u, 'ée'],
  [/es$/u, 'és'],
  [/e$/u, 'é'],
  [/eres?$/u, 'ère'],
];

/**
 * Every stem under which the index may hold forms of a query word (as typed, lowercase), its
 * own search form left out: French and English stems for a Latin-script word (the query's
 * language is not known), the clitic readings for an Arabic one.
 */
export function queryStemVariants(typed: string): string[] {
  const cached = queryVariantCache.get(typed);
  if (cached !== undefined) return [...cached];
  const variants = computeQueryStemVariants(typed);
  if (queryVariantCache.size >= QUERY_CACHE_LIMIT) queryVariantCache.clear();
  queryVariantCache.set(typed, variants);
  return [...variants];
}

/**
 * Query words already stemmed: search as you type asks for the same words at every keystroke,
 * and Snowball's stemmers take a good part of a search's time for a word of a few letters.
 */
const QUERY_CACHE_LIMIT = 5000;
const queryVariantCache = new Map<string, readonly string[]>();

function computeQueryStemVariants(typed: string): string[] {
  const word = typed.toLowerCase().normalize('NFC');
  const form = normalizeForSearch(word);
  const variants = new Set<string>();
  if (isArabicScript(form)) {
    for (const stem of arabicStemVariants(form)) variants.add(stem);
  } else if (word.length >= MIN_QUERY_STEMMED_LENGTH && HAS_LETTER.test(word)) {
    variants.add(normalizeForSearch(stemmers.fr.stem(word)));
    variants.add(normalizeForSearch(stemmers.en.stem(word)));
    if (word === form) {
      for (const [ending, accented] of ACCENTED_ENDINGS) {
        if (ending.test(word)) variants.add(normalizeForSearch(stemmers.fr.stem(word.replace(ending, accented))));
      }
    }
  }
  variants.delete(form);
  variants.delete('');
  return [...variants];
}

/**
 * Whether a word of an article (as written) is a form of the query word whose search form and
 * stem variants are given: what the snippet highlights.
 */
export function isFormOf(written: string, language: StemLanguage | null, form: string, variants: ReadonlySet<string>): boolean {
  const lower = written.toLowerCase();
  if (normalizeForSearch(lower) === form) return true;
  const stem = stemBesideForm(lower, language);
  return variants.has(stem === '' ? normalizeForSearch(lower) : stem);
}
