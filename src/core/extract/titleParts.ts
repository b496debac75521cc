/**
 * What CMS templates put between a headline and the site or section names in a <title> or og:title:
 * "Headline | Site", "Site - Headline", "Site » Blog Archive » Headline", "Site :: Headline".
 */
export const TITLE_SEPARATORS = /\s+[|\-–—:·•»«/\\]\s+|\s+::\s+/;

/** The parts of a title between its separators, trimmed, empty ones dropped. */
export function titleParts(title: string): string[] {
  return title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
}
