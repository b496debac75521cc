import { displayNamesOf } from '../../../shared/intlFormats';

/**
 * A language code as its name in the UI language ("ar" → "arabe" in French, "Arabic" in English);
 * the code itself when the browser does not know it.
 */
export function languageName(code: string, uiLang: string): string {
  try {
    return displayNamesOf(uiLang, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
