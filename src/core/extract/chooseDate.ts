import { dateSpans, parseDate } from './parseDate.js';
import type { PageMetadata } from './readMetadata.js';

/** Languages written in a single time zone: a date on such a page without an offset is in that zone. */
const LANGUAGE_OFFSETS: Record<string, string> = { ja: '+09:00', ko: '+09:00' };

/** The date with the offset of the page's language when it was written without one ("2019年4月26日" is JST). */
export function withLanguageOffset(iso: string, lang: string | null): string {
  const offset = lang ? LANGUAGE_OFFSETS[lang.slice(0, 2).toLowerCase()] : undefined;
  if (!offset) return iso;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return `${iso}T00:00:00${offset}`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(iso)) return `${iso}${offset}`;
  return iso;
}

/**
 * How far from UTC a publisher's clock may be for its URL's day to stand for a UTC instant's day:
 * the zones where most news is written (UTC−10 to UTC+10). Further out, a URL day one day off is
 * more often a print edition's date than a time zone.
 */
const MAX_ZONE_MS = 10 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/**
 * The publisher's own calendar day when the metadata gives a UTC instant and the URL the local day:
 * WordPress and other CMSs write "2018-12-31T23:11:59+00:00" for a post filed under /2019/01/01/.
 * The day is kept as written otherwise.
 */
export function publisherDay(iso: string, urlDay: string | null): string {
  if (!urlDay || iso.slice(0, 10) === urlDay) return iso;
  if (!/T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:?00)$/.test(iso)) return iso;
  const instant = Date.parse(iso);
  const dayStart = Date.parse(`${urlDay}T00:00:00Z`);
  if (!Number.isFinite(instant) || !Number.isFinite(dayStart)) return iso;
  // The instant falls on the URL's day for some offset within the usual zones.
  const earliestOffset = dayStart - instant;
  const latestOffset = dayStart + DAY_MS - 1 - instant;
  return earliestOffset <= MAX_ZONE_MS && latestOffset >= -MAX_ZONE_MS ? urlDay : iso;
}

/**
 * Offsets taken from a dateline: whole hours only. Half-hour zones exist (India, Iran), but a
 * dateline half an hour off the metadata is as often an update time that happens to fit.
 */
const HOUR_MS = 3600 * 1000;
const MAX_OFFSET_MS = 14 * HOUR_MS;

function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(ms) / 60000;
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The instant as the page's dateline shows it, with its offset, when the metadata gives a UTC
 * instant and the dateline the same minute on the local clock ("2022-05-04T02:41:00Z" shown as
 * "3/5/2022 22:41": "2022-05-03T22:41:00-04:00"). The dateline's first date is compared; the instant
 * is kept as written when that date has no time or is not the same minute a whole number of hours away.
 * Either way the instant is the same: only the day a reader sees can change.
 */
export function onLocalClock(iso: string, dateline: string[], lang: string | null): string {
  if (!/T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:?00)$/.test(iso)) return iso;
  const instant = Date.parse(iso);
  for (const text of dateline) {
    const shown = dateSpans(text, { lang })[0];
    if (!shown || !/T\d{2}:\d{2}:\d{2}$/.test(shown.iso)) continue;
    const offset = Date.parse(`${shown.iso}Z`) - Math.floor(instant / 60000) * 60000;
    const sameMinute = offset % HOUR_MS === 0 && Math.abs(offset) <= MAX_OFFSET_MS;
    return sameMinute && offset !== 0 ? `${shown.iso}${offsetText(offset)}` : iso;
  }
  return iso;
}

/**
 * The publication date: the first of the page's date strings (in the order of trust readMetadata
 * gives) that reads as a calendar date, then Readability's, as ISO 8601.
 */
export function chooseDate(meta: PageMetadata, readabilityDate: string | null | undefined, lang: string | null): string | null {
  for (const d of [...meta.dates, readabilityDate]) {
    const iso = d ? parseDate(d, { lang }) : null;
    if (iso) return publisherDay(onLocalClock(withLanguageOffset(iso, lang), meta.dateline, lang), meta.urlDate);
  }
  return null;
}
