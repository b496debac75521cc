import type { IsoDate, UiLanguage } from './domain.js';
import { dateTimeFormat } from './intlFormats.js';

// Calendar days (YYYY-MM-DD, no time zone): checking one, writing one out in full, the default
// title and the key of the review of a day. The local day of a moment is localDay.ts's.

const LOCALES: Record<UiLanguage, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Parses YYYY-MM-DD as a calendar day at noon UTC, so no time zone can shift the day. */
export function dayAtNoonUtc(date: IsoDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The date in full in the UI language: "mercredi 31 décembre 2025" / "Wednesday 31 December 2025". */
export function formatLongDate(date: IsoDate, lang: UiLanguage): string {
  return dateTimeFormat(LOCALES[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(dayAtNoonUtc(date));
}

/** The default title of a review: "Revue de presse du mercredi 31 décembre 2025". */
export function defaultReviewTitle(date: IsoDate, lang: UiLanguage): string {
  const longDate = formatLongDate(date, lang);
  return lang === 'fr' ? `Revue de presse du ${longDate}` : `Press review of ${longDate}`;
}

/** True when the string is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = dayAtNoonUtc(value);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** How a review is named by its day and edition where an id is shown: "2025-12-31" or "2025-12-31 (soir)". */
export function reviewKey(date: IsoDate, edition: string): string {
  return edition ? `${date} (${edition})` : date;
}
