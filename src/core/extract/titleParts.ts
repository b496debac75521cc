/**
 * What CMS templates put between a headline and the site or section names in a <title> or og:title:
 * "Headline | Site", "Site - Headline", "Site » Blog Archive » Headline", "Site :: Headline"; Chinese
 * and Japanese titles, written without spaces, join them with a bare dash or underscore ("标题-新华网").
 */
export const TITLE_SEPARATORS =
  /\s+[|\-–—:·•»«/\\]\s+|\s+::\s+|(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}！？。」』）])(?:-{1,2}|_|｜)(?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/u;

/** The parts of a title between its separators, trimmed, empty ones dropped. */
export function titleParts(title: string): string[] {
  return title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
}

/** The words of a title, lowercased; Chinese and Japanese, written without spaces, count each character as one. */
export function titleWords(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}])+/gu) ?? []);
}

/** How many words a title part has: spaced words, and each Chinese or Japanese character ("新华网" is three). */
export function titleLength(s: string): number {
  return s.replace(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu, ' x ').split(/\s+/).filter(Boolean).length;
}
