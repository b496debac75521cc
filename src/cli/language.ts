import { z } from 'zod';
import type { UiLanguage } from '../shared/domain.js';
import { RevueError, formatErrorMessage, recordedErrorMessage, type ErrorCode, type ErrorParams } from '../shared/errors.js';
import type { CliMessages } from '../shared/i18n/fr/cli.js';
import { fill, messagesIn, plural as pluralIn, type PluralForms, type TextParams } from '../shared/i18n/messages.js';

/**
 * The language `revue` speaks: --lang when given, else the language set in the archive (read
 * alone before the help is written, see main.ts), else French.
 */
let given: UiLanguage | null = null;
let archive: UiLanguage | null = null;

function isLanguage(value: string): value is UiLanguage {
  return value === 'fr' || value === 'en';
}

/**
 * The value of a global option (`--db X` or `--db=X`) among the arguments, read before Commander
 * parses them (the help is written in the language they lead to); null when absent.
 */
export function optionArgument(argv: readonly string[], option: '--lang' | '--db'): string | null {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') break;
    const value = arg === option ? argv[index + 1] : arg.startsWith(`${option}=`) ? arg.slice(option.length + 1) : undefined;
    if (value !== undefined) return value;
  }
  return null;
}

/** The value of `--lang X` or `--lang=X` among the arguments; null when absent; INVALID_INPUT when not fr or en. */
export function languageArgument(argv: readonly string[]): UiLanguage | null {
  const value = optionArgument(argv, '--lang');
  if (value === null) return null;
  if (!isLanguage(value)) throw new RevueError('INVALID_INPUT', { detail: fill(messagesIn('fr').cli.usage.badLang, { value }) });
  return value;
}

/** Zod's own refusals (a bad option value, an input the contract refuses) in the CLI's language too. */
function speakZod(): void {
  z.config(cliLanguage() === 'fr' ? z.locales.fr() : z.locales.en());
}

/** Fixes the language from --lang (null: not given). */
export function useGivenLanguage(lang: UiLanguage | null): void {
  given = lang;
  speakZod();
}

/** The archive's language setting (null: no archive, or none set), used unless --lang was given. */
export function useArchiveLanguage(lang: UiLanguage | null): void {
  archive = lang;
  speakZod();
}

export function cliLanguage(): UiLanguage {
  return given ?? archive ?? 'fr';
}

/** The CLI's words in its current language. */
export function words(): CliMessages {
  return messagesIn(cliLanguage()).cli;
}

/** A counted phrase of the CLI's catalogue in its current language. */
export function count(forms: PluralForms, n: number, params: TextParams = {}): string {
  return pluralIn(cliLanguage(), forms, n, params);
}

/** The digit grouping of Intl.NumberFormat for whole numbers: a narrow no-break space in French, a comma in English. */
const GROUP_SEPARATOR: Record<UiLanguage, string> = { fr: '\u202F', en: ',' };

/**
 * A number with the language's digit grouping (10 000 in French, 10,000 in English). Whole
 * numbers, which are all the CLI prints, are grouped here: the first Intl.NumberFormat of a
 * process sets up ICU's number data, 40–60 ms of every `revue search` (issue #17).
 */
export function number(n: number): string {
  const language = cliLanguage();
  if (!Number.isSafeInteger(n) || n < 0) return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB').format(n);
  return String(n).replace(/\B(?=(\d{3})+$)/gu, GROUP_SEPARATOR[language]);
}

/** A failure kept as code and parameters (an import outcome), in the CLI's language. */
export function outcomeText(failure: { code: string; message: string; params?: ErrorParams }): string {
  return recordedErrorMessage(failure, cliLanguage());
}

/** What `revue` prints for an error: its code's message in the CLI's language. */
export function errorText(error: { code: ErrorCode; params: ErrorParams }): string {
  return formatErrorMessage(error.code, error.params, cliLanguage());
}
