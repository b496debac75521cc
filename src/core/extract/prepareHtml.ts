/**
 * Cheap string passes before parsing. They only remove what no extractor reads (executable scripts,
 * styles, inline SVG, comments) and make sure the DOM gets a full document.
 */

const SCRIPT_RE = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const DROP_RE = /<(style|svg|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/** The page without executable scripts, styles, SVG and comments; JSON-LD scripts are kept for metadata. */
export function prepareHtml(html: string): string {
  let out = html.replace(SCRIPT_RE, (whole, attrs: string) => (/ld\+json/i.test(attrs) ? whole : ''));
  out = out.replace(DROP_RE, '');
  // linkedom builds a broken tree from a fragment: give it <html><body>.
  const start = out.slice(0, 4096).search(/<!doctype\s|<html[\s>]/i);
  if (start < 0) out = `<!DOCTYPE html><html><head></head><body>${out}</body></html>`;
  // Text before the document (a server's PHP warnings) leaves linkedom with an empty body: drop it.
  else if (start > 0 && /\S/.test(out.slice(0, start))) out = out.slice(start);
  return out;
}
