import { Parser } from 'htmlparser2';

/**
 * Decodes character references the way a browser does in HTML text: XML's five, numeric
 * ones, and every HTML name (&nbsp; &eacute; …), with or without the semicolon; a stray
 * "&" stays itself. Feeds are XML, but real ones are written by HTML tools.
 */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  const parser = new Parser({ ontext: (text) => (out += text) }, { decodeEntities: true });
  // Escaping "<" keeps the whole input text: nothing in it can open a tag.
  parser.end(raw.replace(/</g, '&lt;'));
  return out;
}
