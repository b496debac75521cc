import type { IsoDate } from '../../../shared/domain';
import { dayAtNoonUtc } from '../../../shared/calendarDay';
import { dateTimeFormat } from '../../../shared/intlFormats';

/** A calendar month, YYYY-MM. */
export type IsoMonth = string;

// Calendar days are computed at noon UTC: no time zone or daylight-saving change moves them.
const asDate = dayAtNoonUtc;
const asIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** The day `days` days after (or before) a day. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const moved = asDate(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return asIso(moved);
}

/** The month `months` months after (or before) a month. */
export function addMonths(month: IsoMonth, months: number): IsoMonth {
  const moved = asDate(`${month}-01`);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  return asIso(moved).slice(0, 7);
}

/** The day of a month with the same number as a day, or the month's last day (31 → 30, 28). */
export function sameDayIn(month: IsoMonth, day: IsoDate): IsoDate {
  const next = asDate(`${addMonths(month, 1)}-01`);
  next.setUTCDate(0);
  return `${month}-${String(Math.min(Number(day.slice(8, 10)), next.getUTCDate())).padStart(2, '0')}`;
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(date: IsoDate): number {
  return (asDate(date).getUTCDay() + 6) % 7;
}

/** The month's weeks, Monday first; the days of the neighbouring months are null. */
export function monthWeeks(month: IsoMonth): (IsoDate | null)[][] {
  const first = `${month}-01`;
  const days: (IsoDate | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}

/** The seven weekdays, Monday first, as `narrow` initials and `long` names in a locale. */
export function weekdayNames(locale: string): { initial: string; name: string }[] {
  const initial = dateTimeFormat(locale, { weekday: 'narrow', timeZone: 'UTC' });
  const name = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = asDate(addDays('2026-01-05', index));
    return { initial: initial.format(day), name: name.format(day) };
  });
}

/** A day or a month in words, in a locale ("mercredi 31 décembre 2025", "décembre 2025"). */
export function formatCalendar(value: IsoDate | IsoMonth, locale: string): string {
  const isMonth = value.length === 7;
  const options: Intl.DateTimeFormatOptions = isMonth
    ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(locale, options).format(asDate(isMonth ? `${value}-15` : value));
}
