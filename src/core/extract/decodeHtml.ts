import chardet from 'chardet';
import { getEncoding } from 'encoding-sniffer';
import iconv from 'iconv-lite';
import { RevueError } from '../../shared/errors.js';

export interface DecodedHtml {
  html: string;
  /** The charset actually used to decode, as an iconv-lite / WHATWG label (lowercase). */
  charset: string;
}

const UNDECLARED = 'x-user-defined';

/** How far into the page a <meta charset> is looked for: real pages put it after long <head> scripts. */
const SNIFF_BYTES = 64 * 1024;

/** Returns true when bytes look like a binary file (image, PDF, archive) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  // UTF-16 pages are full of NULs but are text: a BOM tells us so.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    // C0 controls other than tab, LF, FF, CR and ESC (ISO-2022) never occur in HTML text.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control / sample.length > 0.05;
}

/** Rejects binary input with NOT_HTML, naming the detected kind when the magic number is known. */
export function assertNotBinary(bytes: Uint8Array, input: string): void {
  if (!looksBinary(bytes)) return;
  throw new RevueError('NOT_HTML', { type: magicType(bytes), input });
}

function magicType(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('%PDF')) return 'application/pdf';
  if (head.startsWith('\x89PNG')) return 'image/png';
  if (head.startsWith('\xff\xd8\xff')) return 'image/jpeg';
  if (head.startsWith('GIF8')) return 'image/gif';
  if (head.startsWith('PK')) return 'application/zip';
  return 'application/octet-stream';
}

function charsetFromContentType(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(header);
  return m?.[1]?.toLowerCase();
}

/** Strict UTF-8 validity: used when nothing declares a charset, to choose utf-8 over windows-1252. */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}

/** Normalises WHATWG labels to names iconv-lite knows, keeping the HTML rule that latin1 means windows-1252. */
function iconvName(label: string): string {
  const l = label.toLowerCase();
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii') return 'windows-1252';
  if (l === 'utf8') return 'utf-8';
  return l;
}

/**
 * Decodes page bytes to a string: BOM first, then the HTTP header, then <meta charset>,
 * then UTF-8 if the bytes are valid UTF-8, else windows-1252. Never throws on bad bytes.
 */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string | null): DecodedHtml {
  const declared = charsetFromContentType(contentTypeHeader);
  const bom = hasBom(bytes);
  let label = getEncoding(bytes, {
    maxBytes: SNIFF_BYTES,
    transportLayerEncodingLabel: declared,
    // A label no page declares, to tell "nothing declared" apart: the sniffer otherwise answers windows-1252 then.
    defaultEncoding: UNDECLARED,
  }).toLowerCase();
  if (label === UNDECLARED) label = isValidUtf8(bytes) ? 'utf-8' : guessLegacy(bytes);
  // A page that says UTF-8 (in <meta> or the header) over legacy bytes: an old page moved to a new
  // server or template. Decoded as said, every accented or Arabic letter would be a U+FFFD.
  else if (label === 'utf-8' && !bom && mostlyInvalidUtf8(bytes)) label = guessLegacy(bytes);
  // A <meta> that names a legacy charset over bytes that are valid multi-byte UTF-8 is a common
  // mislabel (pages re-saved as UTF-8); by accident, legacy text is almost never valid UTF-8.
  else if (!bom && !declared && label !== 'utf-8' && hasMultibyte(bytes) && isValidUtf8(bytes)) {
    label = 'utf-8';
  }
  const name = iconvName(label);
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!iconv.encodingExists(name)) {
    return { html: iconv.decode(buf, 'utf-8'), charset: 'utf-8' };
  }
  // iconv-lite strips the BOM by default, which is what we want.
  return { html: iconv.decode(buf, name), charset: name };
}

/** How much of a page chardet reads: its statistics settle within a few pages of text. */
const GUESS_BYTES = 256 * 1024;

/**
 * Charsets of other scripts that byte statistics tell apart reliably. Among the Latin ones they
 * often pick a neighbour (windows-1250 for a French page, turning "è" into "č"): those pages get
 * windows-1252, the web's default for undeclared pages.
 */
const GUESSABLE = new Set(['windows-1256', 'iso-8859-6', 'windows-1251', 'koi8-r', 'iso-8859-5', 'windows-1253', 'iso-8859-7', 'windows-1255', 'iso-8859-8', 'shift_jis', 'euc-jp', 'iso-2022-jp', 'gb18030', 'big5', 'euc-kr']);

/** The legacy charset of undeclared or mislabelled bytes: Arabic, Cyrillic, Greek, Hebrew or CJK when chardet is fairly sure, else windows-1252. */
function guessLegacy(bytes: Uint8Array): string {
  const best = chardet.analyse(bytes.subarray(0, GUESS_BYTES)).find((m) => !/^utf/i.test(m.name));
  const name = best && best.confidence >= 30 ? iconvName(best.name) : null;
  return name && GUESSABLE.has(name) && iconv.encodingExists(name) ? name : 'windows-1252';
}

/** True when most of the non-ASCII bytes do not decode as UTF-8: the page is not UTF-8, whatever it says. A stray bad byte in a UTF-8 page is not enough. */
function mostlyInvalidUtf8(bytes: Uint8Array): boolean {
  if (!hasMultibyte(bytes) || isValidUtf8(bytes)) return false;
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, GUESS_BYTES));
  let replaced = 0;
  let nonAscii = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') replaced++;
    if (ch.charCodeAt(0) >= 0x80) nonAscii++;
  }
  return replaced >= 3 && replaced >= 0.2 * nonAscii;
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}
