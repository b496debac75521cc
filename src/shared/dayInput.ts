import type { UiLanguage } from './domain.js';
import { dateTimeFormat } from './intlFormats.js';

/** The locale whose numeric day format the UI uses: day first in French and in the app's (British) English. */
const LOCALES: Record<UiLanguage, string> = { fr: 'fr-FR', en: 'en-GB' };

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A day typed by the user as a calendar day (YYYY-MM-DD): "04/11/2025", "4.11.2025", "4-11-2025"
 * (day first, as both UI languages write it) or "2025-11-04"; '' for an empty field; null when it
 * is not a real day.
 */
export function parseDayInput(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  if (dayFirst) return isoDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** A calendar day as the UI language writes it in a field ("04/11/2025"), whatever the browser's locale. */
export function formatDayInput(day: string, lang: UiLanguage): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const format = dateTimeFormat(LOCALES[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${day}T00:00:00Z`));
}
