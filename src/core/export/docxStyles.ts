import { AlignmentType, BorderStyle, LineRuleType, type IStylesOptions } from 'docx';

export const BODY_FONT = 'Noto Serif';
export const ARABIC_FONT = 'Noto Naskh Arabic';
/** Every run names both faces: Latin text in the serif, Arabic (complex script) in the Naskh. */
export const FONTS = { ascii: BODY_FONT, hAnsi: BODY_FONT, cs: ARABIC_FONT, eastAsia: BODY_FONT };

/** Twips: A4 and the margins of EXPORT-LOOK.md (20 mm top and bottom, 22 mm at the sides). */
export const PAGE = { width: 11906, height: 16838, marginY: 1134, marginX: 1247, headerFooter: 567 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

const pt = (points: number): number => Math.round(points * 2);
/** Millimetres in twips, to space the DOCX as the PDF's CSS does. */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

const QUOTE_PARAGRAPH = {
  indent: { start: 400 },
  spacing: { before: 80, after: 120 },
  keepLines: true,
  border: { left: { style: BorderStyle.SINGLE, size: 12, color: '777777', space: 8 } },
};
const GREY = '555555';

/**
 * The Word styles of the export, by their built-in names where Word has one (Title, Heading 1,
 * Heading 2, Quote, toc 1, toc 2) so the user restyles the whole review from Word's gallery.
 */
export function docxStyles(lang: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONTS, size: pt(11), sizeComplexScript: pt(12), language: { value: lang === 'fr' ? 'fr-FR' : 'en-GB', bidirectional: 'ar-MA' } },
        // Single spacing: Word's and LibreOffice's single line of Noto Serif is 1.36 em, the PDF's
        // line height (1.35); a multiple of it would set the DOCX much looser than the PDF.
        paragraph: { spacing: { after: 100, line: 240, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: FONTS, size: pt(34), bold: true, color: '1A1A1A' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 160 } } },
      heading1: {
        run: { font: FONTS, size: pt(17), sizeComplexScript: pt(18), bold: true, color: '1A1A1A' },
        paragraph: {
          spacing: { before: 480, after: 200 },
          keepNext: true,
          keepLines: true,
          outlineLevel: 0,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '1A1A1A', space: 3 } },
        },
      },
      heading2: {
        run: { font: FONTS, size: pt(13), sizeComplexScript: pt(14), bold: true, color: '1A1A1A' },
        paragraph: { spacing: { before: 280, after: 40 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
    },
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        // Latin text in italics; Arabic (complex script) upright: the Naskh has no italic.
        run: { italics: true, italicsComplexScript: false, color: '333333' },
        paragraph: QUOTE_PARAGRAPH,
      },
      {
        // An Arabic quote: upright, set apart by its indent and the rule at its start (the right).
        id: 'QuoteRtl',
        name: 'Quote (Arabic)',
        basedOn: 'Normal',
        next: 'Normal',
        run: { color: '333333' },
        paragraph: { ...QUOTE_PARAGRAPH, border: { right: { style: BorderStyle.SINGLE, size: 12, color: '777777', space: 8 } } },
      },
      {
        id: 'Commentaire',
        name: 'Commentaire',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(10), italics: true, italicsComplexScript: false, color: '3A3520' },
        paragraph: {
          indent: { start: 120, end: 120 },
          spacing: { before: 60, after: 120 },
          keepLines: true,
          shading: { type: 'clear', color: 'auto', fill: 'F1EFE8' },
          border: { left: { style: BorderStyle.SINGLE, size: 20, color: 'B5A97A', space: 6 } },
        },
      },
      { id: 'Credit', name: 'Crédit', basedOn: 'Normal', next: 'Normal', run: { size: pt(8.5), color: '444444' }, paragraph: { spacing: { after: 80 }, keepNext: true } },
      {
        id: 'Chapeau',
        name: 'Chapeau',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true, size: pt(10.5), boldComplexScript: true },
        // Whole, so the credit's keep-with-next holds in LibreOffice too (it strands the heading when the next paragraph breaks).
        paragraph: { keepLines: true, alignment: AlignmentType.JUSTIFIED },
      },
      { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', next: 'BodyText', paragraph: { alignment: AlignmentType.JUSTIFIED } },
      { id: 'ItemSource', name: 'Source', basedOn: 'Normal', next: 'Normal', run: { size: pt(8), color: GREY }, paragraph: { spacing: { after: 240 } } },
      // The sommaire spaced as the PDF's (exportCss.ts): 6 mm under the title, 3 mm between a
      // section's last entry and the next section, 1 mm under a section, 1.2 mm under an entry.
      // CSS collapses adjoining margins where Word adds them: the spaces before are the rest.
      { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: pt(18), bold: true }, paragraph: { spacing: { after: mm(6 - 1.8) } } },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, size: pt(11) },
        paragraph: { spacing: { before: mm(3 - 1.2), after: mm(1) }, keepNext: true },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(10) },
        paragraph: { indent: { start: mm(4) }, spacing: { after: mm(1.2) } },
      },
      { id: 'CoverOrganisation', name: 'Organisation (couverture)', basedOn: 'Normal', run: { size: pt(14), allCaps: true, characterSpacing: 40 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 400, after: 0 } } },
      { id: 'CoverDate', name: 'Date (couverture)', basedOn: 'Normal', run: { size: pt(16) }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } } },
      { id: 'CoverEdition', name: 'Édition (couverture)', basedOn: 'Normal', run: { size: pt(12), italics: true, color: '444444' }, paragraph: { alignment: AlignmentType.CENTER } },
      { id: 'CoverCounts', name: 'Chiffres (couverture)', basedOn: 'Normal', run: { size: pt(10), color: '444444' }, paragraph: { alignment: AlignmentType.CENTER } },
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: pt(8), color: GREY }, paragraph: { spacing: { after: 0 } } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: pt(8), color: GREY }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } } },
    ],
    // A publication's name in italics, as rights bodies ask, but an Arabic name upright.
    characterStyles: [{ id: 'Publication', name: 'Publication', basedOn: 'DefaultParagraphFont', run: { italics: true, italicsComplexScript: false } }],
  };
}
