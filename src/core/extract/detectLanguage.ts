import { francAll } from 'franc-min';
import type { TextDirection } from '../../shared/domain.js';

export interface DetectedLanguage {
  /** ISO 639-1 where one exists (fr, en, ar…), else the ISO 639-3 code; null when unknown. */
  lang: string | null;
  dir: TextDirection | null;
}

const ISO3_TO_1: Record<string, string> = {
  fra: 'fr', eng: 'en', arb: 'ar', ary: 'ar', arz: 'ar', deu: 'de', spa: 'es', ita: 'it', por: 'pt',
  nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl', ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv',
  dan: 'da', nob: 'no', fin: 'fi', ell: 'el', tur: 'tr', pes: 'fa', urd: 'ur', heb: 'he', hin: 'hi',
  ben: 'bn', jpn: 'ja', kor: 'ko', cmn: 'zh', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', cat: 'ca',
  hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', lit: 'lt', lav: 'lv', slv: 'sl', est: 'et', tam: 'ta',
  tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', swh: 'sw', hau: 'ha', yor: 'yo',
  amh: 'am', som: 'so', uzn: 'uz', azj: 'az', kaz: 'kk', bel: 'be', tgl: 'tl', zul: 'zu', xho: 'xh',
  kin: 'rw', mlg: 'mg', ibo: 'ig', nep: 'ne', sin: 'si', khm: 'km', mya: 'my', pbu: 'ps', aka: 'ak',
};

const RTL = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'dv', 'ku', 'sd', 'ug']);

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/g;
const HEBREW = /[\u0590-\u05ff]/g;
const LETTER = /\p{L}/gu;

/** The commonest words of the Latin-script languages a desk reads most: enough to confirm a page's stated language. */
const FUNCTION_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    fr: 'le la les de des du et est un une en que qui dans pour pas sur au aux avec il elle ce ne se son sa',
    en: 'the and of to in is that for it was on with as are be by this at from have has not he his',
    de: 'der die das und ist nicht zu den von mit sich des auf für im dem ein eine auch es als wird',
    es: 'el la los las de que y en del se por un una con para es al lo no su más como',
    it: 'il la di che e è per un una del della in non con le si da al sono gli nel',
    pt: 'o a os as de que e do da em um uma para com não se na no por mais dos',
    nl: 'de het een en van is dat op te in zijn niet met voor die er aan ook als',
  }).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/**
 * The page's stated language when its commonest words say the same, clearly ahead of the other
 * languages listed; null when they do not (franc decides then). franc ranks 80 languages on each
 * text, which costs more than the rest of the language pass.
 */
function confirmedHint(sample: string, hint: string | null): string | null {
  if (!hint || !FUNCTION_WORDS[hint]) return null;
  const words = sample.slice(0, 1500).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return null;
  const shares = Object.entries(FUNCTION_WORDS).map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length / words.length] as const);
  shares.sort((a, b) => b[1] - a[1]);
  const [best, second] = shares;
  return best && best[0] === hint && best[1] >= 0.15 && best[1] - (second?.[1] ?? 0) >= 0.05 ? hint : null;
}

/** The direction a language is written in. */
export function directionOf(lang: string | null): TextDirection | null {
  if (!lang) return null;
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

function primaryTag(attr: string | null | undefined): string | null {
  const m = attr ? /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(attr) : null;
  return m?.[1]?.toLowerCase() ?? null;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Guesses the language of an article from its text, using the page's <html lang> as a tie-breaker
 * and as the answer when the text is too short to tell. Arabic-script text is always rtl.
 */
export function detectLanguage(text: string, htmlLangAttr?: string | null): DetectedLanguage {
  const hint = primaryTag(htmlLangAttr);
  // franc's trigram ranking settles within a few thousand characters; the rest of a long article only costs time.
  const sample = text.slice(0, 3000);
  const letters = count(sample, LETTER);
  if (letters < 20) return { lang: hint, dir: directionOf(hint) };

  const arabic = count(sample, ARABIC);
  if (arabic / letters > 0.5) {
    // Persian and Urdu share the script; trust the hint or franc only for those.
    const guess = ISO3_TO_1[francAll(sample, { only: ['arb', 'pes', 'urd'] })[0]?.[0] ?? ''] ?? 'ar';
    const lang = hint && RTL.has(hint) && hint !== 'he' ? hint : guess;
    return { lang, dir: 'rtl' };
  }
  if (count(sample, HEBREW) / letters > 0.5) return { lang: 'he', dir: 'rtl' };
  const confirmed = confirmedHint(sample, hint);
  if (confirmed) return { lang: confirmed, dir: directionOf(confirmed) };

  const ranked = francAll(sample, { minLength: 20 });
  const top = ranked[0];
  if (!top || top[0] === 'und') return { lang: hint, dir: directionOf(hint) };
  const best = ISO3_TO_1[top[0]] ?? top[0];
  // franc often confuses close languages on short texts; the page's own claim wins a near tie.
  if (hint && hint !== best) {
    const hinted = ranked.find(([code]) => (ISO3_TO_1[code] ?? code) === hint);
    if (hinted && hinted[1] >= 0.9) return { lang: hint, dir: directionOf(hint) };
  }
  return { lang: best, dir: directionOf(best) };
}

/**
 * The language a whole feed declared or showed, for one of its items: kept when the item is
 * written in that language's script (an Arabic item in a French feed is detected on its own).
 * Detecting each item of a 300-feed refresh costs more than the rest of its import.
 */
export function languageOfFeedItem(text: string, feedLang: string | null): DetectedLanguage {
  const sample = text.slice(0, 2000);
  const letters = count(sample, LETTER);
  if (feedLang === null || letters < 20) return detectLanguage(text, feedLang);
  const rtlScript = (count(sample, ARABIC) + count(sample, HEBREW)) / letters > 0.5;
  if (rtlScript !== (directionOf(feedLang) === 'rtl')) return detectLanguage(text, feedLang);
  return { lang: feedLang, dir: directionOf(feedLang) };
}
