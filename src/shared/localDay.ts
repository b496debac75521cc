import type { IsoDate } from './domain.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar day of a moment in the local time zone, as YYYY-MM-DD. */
export function localIsoDay(moment: Date = new Date()): IsoDate {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The first instant of a calendar day in the local time zone. */
export function startOfLocalDay(day: IsoDate): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}
