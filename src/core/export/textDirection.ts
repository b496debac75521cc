import type { TextDirection } from '../../shared/domain.js';
// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, their presentation forms and
// the historic right-to-left scripts of the supplementary planes.
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const STRONG = /\p{L}/u;

/**
 * The direction a text takes by itself, as `dir="auto"` decides it (Unicode rules P2–P3): that of
 * its first strong letter; `fallback` when it has none (digits, punctuation only).
 */
export function textDirection(text: string, fallback: TextDirection = 'ltr'): TextDirection {
  for (const char of text) {
    if (!STRONG.test(char)) continue;
    return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  }
  return fallback;
}
