// Reads and amends the PDF Chromium (Skia) writes: a classic cross-reference table, plain object
// dictionaries, named destinations for every link target. Enough to find on which page each
// anchor landed and to add what Chromium leaves out of the document information.
import { RevueError } from '../../shared/errors.js';

interface PdfIndex {
  text: string;
  offsets: Map<number, number>;
  trailer: string;
  startxref: number;
  size: number;
}

function fail(detail: string): never {
  throw new RevueError('EXPORT_FAILED', { detail: `PDF: ${detail}` });
}

function indexPdf(pdf: Buffer): PdfIndex {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = pdf.toString('latin1');
  const startMatch = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!startMatch) fail('no startxref');
  const startxref = Number(startMatch[1]);
  if (!text.startsWith('xref', startxref)) fail('cross-reference streams are not supported');
  const offsets = new Map<number, number>();
  const section = /(\d+) (\d+)\s*\n/y;
  let at = startxref + 'xref'.length;
  while (at < text.length) {
    while (/\s/.test(text[at] ?? '')) at++;
    if (text.startsWith('trailer', at)) break;
    section.lastIndex = at;
    const header = section.exec(text);
    if (!header) fail('bad cross-reference table');
    const first = Number(header[1]);
    const count = Number(header[2]);
    at = section.lastIndex;
    for (let i = 0; i < count; i++) {
      const entry = text.slice(at, at + 20);
      if (entry[17] === 'n') offsets.set(first + i, Number(entry.slice(0, 10)));
      at += 20;
    }
  }
  const trailerEnd = text.indexOf('startxref', at);
  const trailer = text.slice(at, trailerEnd);
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1] ?? fail('no /Size'));
  return { text, offsets, trailer, startxref, size };
}

/** The body of object `num` up to its stream or endobj: the dictionary or value, as text. */
function objectText(index: PdfIndex, num: number): string {
  const offset = index.offsets.get(num) ?? fail(`object ${num} missing`);
  const header = `${num} 0 obj`;
  if (!index.text.startsWith(header, offset)) fail(`object ${num} not at its offset`);
  const start = offset + header.length;
  const ends = [index.text.indexOf('endobj', start), index.text.indexOf('stream', start)].filter((i) => i >= 0);
  return index.text.slice(start, Math.min(...ends)).trim();
}

const ref = (dict: string, key: string): number | null => {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : null;
};

function pageOrder(index: PdfIndex, node: number, into: number[]): void {
  const dict = objectText(index, node);
  if (/\/Type\s*\/Pages\b/.test(dict)) {
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) 0 R/g)) pageOrder(index, Number(kid[1]), into);
  } else {
    into.push(node);
  }
}

function catalogOf(index: PdfIndex): { num: number; dict: string } {
  const num = ref(index.trailer, 'Root') ?? fail('no /Root');
  return { num, dict: objectText(index, num) };
}

/** A PDF name as written (#xx escapes) back to its characters. */
const decodeName = (name: string): string => name.replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The page (1-based) of each named destination: Chromium names them after the link targets' ids. */
export function readNamedDestinations(pdf: Buffer): Map<string, number> {
  const index = indexPdf(pdf);
  const catalog = catalogOf(index);
  const pages: number[] = [];
  pageOrder(index, ref(catalog.dict, 'Pages') ?? fail('no /Pages'), pages);
  const pageIndex = new Map(pages.map((num, i) => [num, i + 1]));
  const destsRef = ref(catalog.dict, 'Dests');
  const result = new Map<string, number>();
  if (destsRef === null) return result;
  const dests = objectText(index, destsRef);
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageIndex.get(Number(match[2]));
    if (page !== undefined) result.set(decodeName(match[1] ?? ''), page);
  }
  return result;
}

/** The number of pages. */
export function countPages(pdf: Buffer): number {
  const index = indexPdf(pdf);
  const pages: number[] = [];
  pageOrder(index, ref(catalogOf(index).dict, 'Pages') ?? fail('no /Pages'), pages);
  return pages.length;
}

/** A PDF text string in UTF-16BE with its byte order mark, good for any script. */
function pdfText(value: string): string {
  const bytes = Buffer.from(`\uFEFF${value}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

export interface PdfInfo {
  title: string;
  author: string;
  subject?: string;
  lang: string;
}

/**
 * Appends an incremental update: a new document information dictionary (title, author, creator,
 * dates kept from Chromium's) and the catalog's /Lang. The original bytes are left untouched.
 */
export function withDocumentInfo(pdf: Buffer, info: PdfInfo): Buffer {
  const index = indexPdf(pdf);
  const catalog = catalogOf(index);
  const oldInfoRef = ref(index.trailer, 'Info');
  const oldInfo = oldInfoRef === null ? '' : objectText(index, oldInfoRef);
  const keep = (key: string): string => {
    const match = new RegExp(`/${key}\\s*(\\([^)]*\\))`).exec(oldInfo);
    return match ? `/${key} ${match[1]}\n` : '';
  };
  const infoNum = index.size;
  const infoDict =
    `<</Title ${pdfText(info.title)}\n/Author ${pdfText(info.author)}\n` +
    (info.subject ? `/Subject ${pdfText(info.subject)}\n` : '') +
    `/Creator (Revue)\n${keep('Producer')}${keep('CreationDate')}${keep('ModDate')}>>`;
  const catalogDict = catalog.dict.replace(/\/Lang\s*\([^)]*\)/, '').replace(/>>\s*$/, `\n/Lang ${pdfText(info.lang)}>>`);

  const chunks: string[] = [];
  let at = pdf.length + 1;
  const written: [number, number][] = [];
  const add = (num: number, body: string): void => {
    const chunk = `${num} 0 obj\n${body}\nendobj\n`;
    written.push([num, at]);
    chunks.push(chunk);
    at += Buffer.byteLength(chunk, 'latin1');
  };
  add(catalog.num, catalogDict);
  add(infoNum, infoDict);
  const xrefAt = at;
  const xref = ['xref'];
  for (const [num, offset] of written.sort((a, b) => a[0] - b[0])) xref.push(`${num} 1`, `${String(offset).padStart(10, '0')} 00000 n `);
  const trailer = `trailer\n<</Size ${infoNum + 1}\n/Root ${catalog.num} 0 R\n/Info ${infoNum} 0 R\n/Prev ${index.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(`\n${chunks.join('')}${xref.join('\n')}\n${trailer}`, 'latin1')]);
}
