import { parseDate } from '../extract/parseDate.js';

// RFC 822 names its zones; the general date reader only knows numeric offsets. The US ones are
// RFC 822's own; the European ones are what French and North-African CMSs write.
const ZONES: Record<string, string> = {
  GMT: '+0000', UT: '+0000', UTC: '+0000', Z: '+0000',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
  WET: '+0000', WEST: '+0100', BST: '+0100', CET: '+0100', CEST: '+0200', MET: '+0100', MEST: '+0200',
  EET: '+0200', EEST: '+0300', MSK: '+0300',
};

/** Reads a feed date (RFC 822 pubDate, ISO 8601 dc:date/published, or a localised variant) as ISO 8601, or null. */
export function parseFeedDate(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const withOffset = trimmed.replace(/\s([A-Za-z]{1,4})$/, (whole, zone: string) => {
    const offset = ZONES[zone.toUpperCase()];
    return offset === undefined ? whole : ` ${offset}`;
  });
  return parseDate(withOffset);
}
