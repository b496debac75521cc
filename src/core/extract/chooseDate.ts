import { parseDate } from './parseDate.js';
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
 * The publication date: the first of the page's date strings (in the order of trust readMetadata
 * gives) that reads as a calendar date, then Readability's, as ISO 8601.
 */
export function chooseDate(meta: PageMetadata, readabilityDate: string | null | undefined, lang: string | null): string | null {
  for (const d of [...meta.dates, readabilityDate]) {
    const iso = d ? parseDate(d, { lang }) : null;
    if (iso) return publisherDay(withLanguageOffset(iso, lang), meta.urlDate);
  }
  return null;
}
