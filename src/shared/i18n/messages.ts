import type { UiLanguage } from '../domain.js';
import { en } from './en.js';
import { fr, type Messages } from './fr.js';

/**
 * The catalogue of a language for the code outside the renderer (CLI, main process, core):
 * typed property access (`messagesIn(lang).cli.export.written`) so a missing key does not compile.
 * The renderer reads the same catalogues through i18next.
 */
export function messagesIn(lang: UiLanguage): Messages {
  return lang === 'en' ? en : fr;
}

export type TextParams = Record<string, string | number>;

/** A template with its {{name}} placeholders filled in; a missing value shows as "…". */
export function fill(template: string, params: TextParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = params[key];
    return value === undefined ? '…' : String(value);
  });
}

/** The two forms of a counted phrase; {{count}} is the number. */
export interface PluralForms {
  one: string;
  other: string;
}

const RULES: Record<UiLanguage, Intl.PluralRules> = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };

/** The form the language uses for this count (0 and 1 are singular in French, only 1 in English), filled in. */
export function plural(lang: UiLanguage, forms: PluralForms, count: number, params: TextParams = {}): string {
  const form = RULES[lang].select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { count, ...params });
}
