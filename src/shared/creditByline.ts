/** Words that introduce an author in a byline, in the languages of the press we read. */
const BY_WORD = /^(?:par|by|von|por|di|بقلم|كتب(?:ه|ت|ها)?|إعداد|اعداد)\s*[:：]?\s+/iu;

/** Between several authors or an author and an agency: "X et AFP", "X and Y", "X, Y", "X / Y", "X avec AFP". */
const JOINERS = /\s*(?:,|;|\/|&|\+|\s(?:et|and|avec|with|und|y|و)\s)\s*/iu;

/** A web address written in a byline: "(www.dw.com)", "lemonde.fr". */
const DOMAIN = /\(?\b(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}(?:\/\S*)?\)?/giu;

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const initials = (text: string): string =>
  text
    .split(/[\s-]+/)
    .map((word) => word.charAt(0))
    .join('')
    .toLowerCase();

/** The name of a site from its host: "dw" for www.dw.com, "lemonde" for lemonde.fr. */
function hostName(host: string | null): string | null {
  if (!host) return null;
  const parts = host.replace(/^www\./, '').split('.');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? null) : null;
}

/** True when a part of a byline only names the publication (its name, its initials, its site). */
function namesPublication(part: string, publication: string, host: string | null): boolean {
  const folded = fold(part);
  if (!folded) return true;
  const pub = fold(publication);
  const site = hostName(host);
  return folded === pub || initials(part) === pub || (site !== null && (folded === fold(site) || initials(part) === fold(site)));
}

/**
 * The author to print after "Par"/"By" in a credit line, or null when there is none to print:
 * a leading "Par", "By", "بقلم", "كتب" dropped (the label is printed anyway), web addresses
 * dropped, and the names that only repeat the publication left out ("Le Figaro et AFP" under Le
 * Figaro gives "AFP"; "Deutsche Welle (www.dw.com)" under DW gives nothing).
 */
export function creditByline(byline: string | null, publication: string, host: string | null): string | null {
  if (!byline) return null;
  let text = byline.replace(/\s+/g, ' ').trim();
  // "Par Par X" happens when the source itself doubled it: drop every leading by-word.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(BY_WORD, '');
  }
  text = text.replace(DOMAIN, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const parts = text
    .split(JOINERS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !namesPublication(part, publication, host));
  if (parts.length === 0) return null;
  return parts.join(', ');
}
