/** Longest path printed in full; longer ones keep their first and last segments. */
const MAX_PATH = 40;
const MAX_SEGMENT = 32;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A web address as a reader can take it in at a glance, for printing: the host without "www.",
 * the path decoded (Arabic and accents as letters, never percent-encoding), no query or fragment,
 * a long path cut to its first and last segments ("lemonde.fr/politique/…/budget-rectificatif").
 * The document keeps the full address as the link itself.
 */
export function shortLink(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return clip(url, MAX_PATH);
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const segments = parsed.pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(decode)
    // A trailing ".html" or ".php" says nothing to the reader.
    .map((segment, index, all) => (index === all.length - 1 ? segment.replace(/\.(?:s?html?|php|aspx?)$/i, '') : segment));
  const path = segments.join('/');
  if (path.length <= MAX_PATH) return path ? `${host}/${path}` : host;
  const first = clip(segments[0] ?? '', MAX_SEGMENT);
  const last = clip(segments[segments.length - 1] ?? '', MAX_SEGMENT);
  if (segments.length === 1) return `${host}/${first}`;
  return `${host}/${first}/${segments.length > 2 ? '…/' : ''}${last}`;
}
