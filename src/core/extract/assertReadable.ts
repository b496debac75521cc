import { RevueError } from '../../shared/errors.js';

/**
 * The quality gate every import path goes through before an article is stored: a file of random
 * bytes, a page decoded in the wrong charset (mojibake) or a page without readable text would
 * otherwise become thousands of characters of garbage in the archive. It looks at what any reader
 * would notice: replacement characters, too few letters, no spaces between words in a script that
 * uses them, sequences that are UTF-8 read as Latin-1, and text in which no language is recognised.
 */

/** Below this many letters a text is too short to judge: short notes pass. */
const MIN_LETTERS_TO_JUDGE = 40;

/** Scripts written without spaces between words (and whose letters franc-min does not rank). */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/gu;

/**
 * UTF-8 bytes read as Windows-1252/Latin-1: "Ã©" for é, "â€™" for ’, "Ø§Ù„" for ال. Two characters
 * where one was meant, the first a lead byte, the second a continuation byte shown as Latin-1.
 */
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[\u0080-\u00bf™œžŸ“”˜¦¢¡]|[ØÙÚÛ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Why a text is not a readable article, or null when it is one. `lang` is what detectLanguage found
 * (undefined: not asked): null for a long text means no language was recognised in it.
 */
export function unreadableReason(text: string, lang?: string | null): 'replacement' | 'letters' | 'spacing' | 'mojibake' | 'language' | null {
  const sample = text.slice(0, 20000);
  const visible = sample.replace(/\s+/g, '');
  if (!visible.length) return 'letters';
  const letters = count(visible, /\p{L}/gu);
  if (count(visible, /\uFFFD/g) / visible.length > 0.02) return 'replacement';
  if (letters < MIN_LETTERS_TO_JUDGE) return letters === 0 ? 'letters' : null;
  if (letters / visible.length < 0.5) return 'letters';
  const unspaced = count(visible, UNSPACED);
  const spaces = count(sample, /\s/g);
  // Words of spaced scripts average under 12 letters: one space per 25 visible characters is already far too few.
  if (unspaced / letters < 0.3 && spaces / visible.length < 0.04) return 'spacing';
  if (count(sample, MOJIBAKE) / letters > 0.02) return 'mojibake';
  // A long text in a spaced script in which no language is recognised is noise.
  if (lang === null && unspaced / letters < 0.3 && letters >= 300) return 'language';
  return null;
}

/** Refuses a text that is not readable (NOT_AN_ARTICLE), so that nothing of it is stored. */
export function assertReadable(text: string, input: string, lang?: string | null): void {
  if (unreadableReason(text, lang)) throw new RevueError('NOT_AN_ARTICLE', { input });
}
