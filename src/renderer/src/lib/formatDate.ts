import { dateTimeFormat } from '../../../shared/intlFormats';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A publication date in the UI language. A bare calendar day is shown as that day wherever the
 * user is (read as UTC), a date-time in the user's own time zone.
 */
export function formatDate(value: string | null, lang: string, style: 'medium' | 'long' = 'medium'): string {
  if (!value) return '';
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { dateStyle: style };
  if (DATE_ONLY.test(value)) options.timeZone = 'UTC';
  return dateTimeFormat(lang, options).format(date);
}

/** The calendar day of a stored date or date-time, for a date input. */
export function toDateInput(value: string | null): string {
  if (!value) return '';
  return DATE_ONLY.test(value) ? value : value.slice(0, 10);
}
