// Reading the exported files back with tools nobody here wrote: fflate for the DOCX package,
// poppler's pdftotext and pdfinfo, LibreOffice.
import { spawnSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

export function run(command: string, args: string[], timeout = 60_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/** The parts of a DOCX (a zip) as text, by path. */
export function docxParts(buffer: Uint8Array): Record<string, string> {
  const files = unzipSync(buffer);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

export interface DocxParagraph {
  style: string | null;
  text: string;
  bidi: boolean;
  rtlRuns: number;
  runs: number;
  bookmarks: string[];
  anchors: string[];
}

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs of word/document.xml with their style, text, direction, bookmarks and links. */
export function docxParagraphs(documentXml: string): DocxParagraph[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null,
    text: unescapeXml([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    bidi: /<w:bidi\/>|<w:bidi w:val="(?:1|true)"\/>/.test(xml),
    rtlRuns: (xml.match(/<w:rtl\/>/g) ?? []).length,
    runs: (xml.match(/<w:r>/g) ?? []).length,
    bookmarks: [...xml.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)].map((m) => m[1] ?? ''),
    anchors: [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1] ?? ''),
  }));
}

/**
 * Text compared across the PDF's text layer: compatibility forms folded (Arabic presentation
 * forms back to letters), direction marks and every space removed, apostrophes unified.
 */
export function normaliseText(text: string): string {
  return readableText(text).replace(/\s+/g, '');
}

/**
 * Text of the PDF's text layer as a reader copying it would get it: compatibility forms folded,
 * direction marks removed, runs of white space made one space, but the spaces kept, so a word
 * broken apart by the text layer shows.
 */
export function readableText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u0640]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ');
}

/** The text of each page of a PDF file (pdftotext, reading order). */
export function pdfPages(file: string, pages: number, layout = false): string[] {
  return Array.from({ length: pages }, (_, i) => run('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(i + 1), '-l', String(i + 1), file, '-']));
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1] ?? ''] = match[2] ?? '';
  }
  return info;
}
