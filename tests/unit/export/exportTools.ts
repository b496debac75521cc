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

/** The page numbers the sommaire prints, in order: lines ending with a number after a leader (dots or space). */
export function sommaireNumbers(layoutPages: string[]): number[] {
  return layoutPages
    .flatMap((page) => page.split('\n'))
    .map((line) => /\S(?:\s{2,}|\s*\.{3,}\s*)(\d{1,3})\s*$/.exec(line)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
}

/**
 * The page (1-based) each heading lands on, searched from `from` (the page after the sommaire):
 * the first page holding it, in order, after the previous heading's page.
 */
export function headingPages(pages: string[], headings: string[], from: number): number[] {
  const texts = pages.map(normaliseText);
  let page = from;
  return headings.map((heading) => {
    const wanted = normaliseText(heading);
    while (page <= texts.length && !(texts[page - 1] ?? '').includes(wanted)) page++;
    return page;
  });
}

/** A page's body text, normalised: the running header and the footer ("Page 3 / 6") left out. */
export function bodyText(page: string, furniture: string[]): string {
  return normaliseText(
    page
      .split('\n')
      .filter((line) => !/^\s*Page \d+ \/ \d+\s*$/.test(line) && !furniture.includes(line.trim()))
      .join('\n'),
  );
}

/**
 * Headings left at the foot of a page: a heading followed on its page by less than `minAfter`
 * characters of text (the next heading's and the item's credit line included). Empty when every
 * heading is kept with the start of what it heads.
 */
export function strandedHeadings(pages: string[], headings: string[], furniture: string[], minAfter: number): string[] {
  const bodies = pages.map((page) => bodyText(page, furniture));
  return headings.filter((heading) => {
    const wanted = normaliseText(heading);
    const body = bodies.find((b) => b.includes(wanted));
    if (body === undefined) return true;
    return body.length - (body.lastIndexOf(wanted) + wanted.length) < minAfter;
  });
}

/**
 * How far down its text area a page's text reaches, from 0 (empty) to 1 (full): the lowest word
 * between the top and bottom margins (`margin` in points; 20 mm by default), by pdftotext -bbox.
 */
export function pageFill(file: string, page: number, margin = 56.7): number {
  const xml = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']);
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(xml)?.[1] ?? 0);
  const bottoms = [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .filter(([top, bottom]) => top >= margin && bottom <= height - margin)
    .map(([, bottom]) => bottom);
  return bottoms.length === 0 ? 0 : (Math.max(...bottoms) - margin) / (height - 2 * margin);
}

/** Converts a DOCX to PDF with LibreOffice headless (its own profile in `dir`); returns the PDF's path. */
export function convertWithLibreOffice(docx: string, dir: string): string {
  run('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, docx], 120_000);
  return docx.replace(/\.docx$/, '.pdf');
}
