import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageNumber,
  PageReference,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { CONTENT_WIDTH, docxStyles, PAGE } from './docxStyles.js';
import type { ExportDocument, ExportItem, TextMark } from './exportModel.js';
import { textDirection } from './textDirection.js';

/** Lays the pages out as Word would, guessing the widths of fonts Word's tables lack (Noto). */
const pageNumbers = estimatePageNumbersWith({ guess: true });

/** Text in Arabic script (a publication name, a section named in Arabic) is set right to left. */
const isArabic = (text: string): boolean => textDirection(text) === 'rtl';

/** A run in the direction of its text: `w:rtl` on right-to-left runs only. */
function run(text: string, rtl: boolean, extra: { italics?: boolean; bold?: boolean; style?: string } = {}): TextRun {
  return new TextRun({ text, ...(rtl ? { rightToLeft: true } : {}), ...extra });
}

/**
 * A paragraph in the direction of its text: `w:bidi` (right to left, aligned right) on
 * right-to-left ones only. Widow and orphan control keeps two lines of a chapeau with its
 * headline and never leaves one line alone on a page.
 */
function para(options: IParagraphOptions, rtl: boolean): Paragraph {
  return new Paragraph({ widowControl: true, ...options, ...(rtl ? { bidirectional: true } : {}) });
}

/** A name inside a paragraph of the other direction keeps its own (an Arabic publication in a French credit line). */
const nameRun = (text: string, extra: { style?: string } = {}): TextRun => run(text, isArabic(text), extra);

function creditRuns(item: ExportItem): ParagraphChild[] {
  const runs: ParagraphChild[] = [nameRun(item.publication, { style: 'Publication' })];
  const rtl = item.creditLang === 'ar';
  if (item.date) runs.push(run(` · ${item.date}`, rtl));
  if (item.byline) runs.push(run(` · ${item.byLabel} `, rtl), nameRun(item.byline));
  return runs;
}

const colon = (lang: string): string => (lang === 'fr' ? '\u00A0: ' : ': ');

function itemParagraphs(item: ExportItem, doc: ExportDocument): (Paragraph | Table)[] {
  const [lead, ...rest] = item.summary;
  const [leadMark, ...restMarks] = item.texts.summary;
  const rtlOf = (mark: TextMark | null | undefined): boolean => mark?.dir === 'rtl';
  const headlineRtl = rtlOf(item.texts.headline);
  const creditRtl = item.creditLang === 'ar';
  const out: Paragraph[] = [
    para({ heading: HeadingLevel.HEADING_2, children: [new Bookmark({ id: item.anchor, children: [run(item.headline, headlineRtl)] })] }, headlineRtl),
    para({ style: 'Credit', children: creditRuns(item) }, creditRtl),
  ];
  if (item.originalTitle) {
    out.push(
      para(
        { style: 'Credit', children: [run(`${item.originalTitleLabel}${colon(item.creditLang)}`, creditRtl), run(item.originalTitle, rtlOf(item.texts.originalTitle))] },
        creditRtl,
      ),
    );
  }
  if (lead) out.push(para({ style: 'Chapeau', children: [run(lead, rtlOf(leadMark))] }, rtlOf(leadMark)));
  rest.forEach((p, i) => out.push(para({ style: 'BodyText', children: [run(p, rtlOf(restMarks[i]))] }, rtlOf(restMarks[i]))));
  // Arabic quotes take their own style, upright with the rule at the right: the Naskh has no
  // italic, and Word would slant it synthetically.
  item.quotes.forEach((quote, i) => {
    const rtl = rtlOf(item.texts.quotes[i]);
    out.push(para({ style: rtl ? 'QuoteRtl' : 'Quote', children: [run(quote, rtl)] }, rtl));
  });
  if (item.comment.length > 0) {
    out.push(new Paragraph({ style: 'Commentaire', keepNext: true, children: [new TextRun({ text: doc.labels.comment, bold: true, italics: false, allCaps: true, size: 16, color: '6B5F33' })] }));
    item.comment.forEach((p, i) => {
      const rtl = rtlOf(item.texts.comment[i]);
      out.push(para({ style: 'Commentaire', children: [run(p, rtl)] }, rtl));
    });
  }
  const meta: ParagraphChild[] = [];
  if (item.alsoIn.length > 0) meta.push(new TextRun(`${doc.labels.alsoIn}${colon(doc.lang)}`), ...item.alsoIn.flatMap((name, i) => [...(i > 0 ? [new TextRun(', ')] : []), nameRun(name)]));
  if (item.url) {
    if (meta.length > 0) meta.push(new TextRun(' · '));
    meta.push(new ExternalHyperlink({ link: item.url, children: [new TextRun({ text: item.urlLabel ?? item.url, style: 'Hyperlink' })] }));
  }
  if (meta.length > 0) out.push(new Paragraph({ style: 'ItemSource', children: meta }));
  return out;
}

/**
 * One sommaire line: the linked text, a dotted tab to the right edge and the page of the
 * bookmark as a PAGEREF field. The field's written result is the page estimated for Word;
 * LibreOffice computes page references from its own layout, and Word updates them on opening
 * (updateFields), so each application shows its own pages.
 */
function tocLine(style: 'TOC1' | 'TOC2', anchor: string, children: ParagraphChild[]): Paragraph {
  return new Paragraph({
    style,
    tabStops: [{ type: 'right', position: CONTENT_WIDTH, leader: 'dot' }],
    // The field is a link of its own (\h): inside a hyperlink LibreOffice would paint the whole line as a link.
    children: [new InternalHyperlink({ anchor, children }), new TextRun({ children: [new Tab()] }), new PageReference(anchor, { hyperlink: true })],
  });
}

/**
 * The sommaire as the PDF's: each section, then its headlines with the publication in small
 * type, each line linked to its bookmark and numbered by page.
 */
function sommaire(doc: ExportDocument): Paragraph[] {
  const out = [new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [new TextRun(doc.labels.contents)] })];
  for (const group of doc.groups) {
    out.push(tocLine('TOC1', group.anchor, [run(group.heading, isArabic(group.heading))]));
    for (const item of group.items) {
      out.push(
        tocLine('TOC2', item.anchor, [
          run(item.headline, item.texts.headline.dir === 'rtl'),
          new TextRun({ text: '  ' }),
          // Formatted in the run, not by a character style: LibreOffice paints a link whose runs have one as a web link.
          new TextRun({ text: item.publication, italics: true, italicsComplexScript: false, size: 16, color: '555555', ...(isArabic(item.publication) ? { rightToLeft: true } : {}) }),
        ]),
      );
    }
  }
  return out;
}

function cover(doc: ExportDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.logo) {
    // At most 70 × 28 mm, in proportion (EMU-free: docx takes pixels at 96 dpi).
    const scale = Math.min(265 / doc.logo.width, 106 / doc.logo.height, 1);
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: doc.logo.mimeType === 'image/png' ? 'png' : 'jpg',
            data: doc.logo.data,
            transformation: { width: Math.round(doc.logo.width * scale), height: Math.round(doc.logo.height * scale) },
          }),
        ],
      }),
    );
  }
  if (doc.organisation) out.push(new Paragraph({ style: 'CoverOrganisation', children: [new TextRun(doc.organisation)] }));
  out.push(
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 3400 }, children: [new TextRun(doc.labels.pressReview)] }),
    new Paragraph({ style: 'CoverDate', children: [new TextRun(doc.longDate)] }),
  );
  if (doc.edition) out.push(new Paragraph({ style: 'CoverEdition', children: [new TextRun(doc.edition)] }));
  if (doc.distributionNotice) {
    const box = { style: BorderStyle.SINGLE, size: 6, color: '1A1A1A', space: 4 };
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 480 },
        border: { top: box, bottom: box, left: box, right: box },
        indent: { start: CONTENT_WIDTH / 2 - 2600, end: CONTENT_WIDTH / 2 - 2600 },
        children: [new TextRun({ text: doc.distributionNotice, allCaps: true, size: 19 })],
      }),
    );
  }
  out.push(
    new Paragraph({
      style: 'CoverCounts',
      spacing: { before: doc.edition ? 5200 : 5600 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '1A1A1A', space: 8 } },
      indent: { start: CONTENT_WIDTH / 2 - 1700, end: CONTENT_WIDTH / 2 - 1700 },
      children: [new TextRun(doc.counts)],
    }),
  );
  if (doc.copyright) out.push(new Paragraph({ style: 'CoverCounts', children: [new TextRun({ text: doc.copyright, size: 16, color: '555555' })] }));
  return out;
}

function sourcesTable(doc: ExportDocument): (Paragraph | Table)[] {
  const widths = [3400, 1100, CONTENT_WIDTH - 4500];
  const cell = (children: TextRun[], i: number, header = false): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? 1000, type: WidthType.DXA },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        start: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        end: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        bottom: header ? { style: BorderStyle.SINGLE, size: 6, color: '1A1A1A' } : { style: BorderStyle.SINGLE, size: 2, color: 'CCCCCC' },
      },
      children: [new Paragraph({ spacing: { before: 40, after: 40 }, ...(i === 1 && !header ? { alignment: AlignmentType.RIGHT } : {}), children })],
    });
  const head = new TableRow({
    tableHeader: true,
    children: [doc.labels.publication, doc.labels.articles, doc.labels.dates].map((t, i) => cell([new TextRun({ text: t.toUpperCase(), size: 16, color: '555555' })], i, true)),
  });
  const rows = doc.sources.map(
    (s) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([new TextRun({ text: s.publication, italics: true, italicsComplexScript: false, size: 19, ...(isArabic(s.publication) ? { rightToLeft: true } : {}) })], 0),
          cell([new TextRun({ text: String(s.count), size: 19 })], 1),
          cell([new TextRun({ text: s.dates.join(', '), size: 19 })], 2),
        ],
      }),
  );
  return [
    // Flows after the last item, as in the PDF: only the cover and the sommaire start a page.
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.labels.sourcesCited)] }),
    new Table({ width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [head, ...rows] }),
  ];
}

function runningHeader(doc: ExportDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        tabStops: [{ type: 'right', position: CONTENT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 3, color: '999999', space: 4 } },
        children: [new TextRun(doc.organisation), new TextRun({ children: [new Tab(), doc.runningTitle] })],
      }),
    ],
  });
}

function runningFooter(doc: ExportDocument): Footer {
  return new Footer({
    children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: [`${doc.labels.page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
  });
}

export interface DocxOptions {
  /**
   * Write in the sommaire the pages estimated for Word, so it shows numbers before any update
   * (default). The estimate lays the whole document out: about ten times the cost of the rest.
   */
  estimatePages?: boolean;
}

/**
 * The review as a Word document: real styles (Title, Heading 1/2, Quote, Commentaire), a
 * written-out sommaire of internal links with page references, bookmarks on every item,
 * bidirectional paragraphs for Arabic, header and footer from page 2, document properties.
 */
export async function buildDocx(doc: ExportDocument, options: DocxOptions = {}): Promise<Buffer> {
  const withPages = options.estimatePages !== false;
  const body: (Paragraph | Table)[] = [...cover(doc), ...sommaire(doc)];
  if (doc.intro.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(doc.labels.introduction)] }));
    for (const p of doc.intro) body.push(new Paragraph({ style: 'BodyText', children: [new TextRun(p)] }));
  }
  doc.groups.forEach((group, index) => {
    const rtl = isArabic(group.heading);
    body.push(
      para(
        {
          heading: HeadingLevel.HEADING_1,
          ...(index === 0 && doc.intro.length === 0 ? { pageBreakBefore: true } : {}),
          children: [new Bookmark({ id: group.anchor, children: [run(group.heading, rtl)] })],
        },
        rtl,
      ),
    );
    for (const item of group.items) body.push(...itemParagraphs(item, doc));
  });
  body.push(...sourcesTable(doc));

  const document = new Document({
    title: doc.title,
    subject: doc.runningTitle,
    creator: doc.organisation || doc.labels.pressReview,
    lastModifiedBy: doc.organisation || 'Revue',
    description: doc.counts,
    keywords: doc.lang,
    styles: docxStyles(doc.lang),
    ...(withPages ? { pageNumbers } : {}),
    // Word updates the sommaire's page references on opening: its own pages, whatever the estimate.
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginY, bottom: PAGE.marginY, left: PAGE.marginX, right: PAGE.marginX, header: PAGE.headerFooter, footer: PAGE.headerFooter },
          },
        },
        headers: { default: runningHeader(doc), first: new Header({ children: [new Paragraph({})] }) },
        footers: { default: runningFooter(doc), first: new Footer({ children: [new Paragraph({})] }) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

