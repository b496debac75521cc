import { NASKH, SERIF } from './fonts.js';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

export interface RunningTexts {
  organisation: string;
  runningTitle: string;
  pageLabel: string;
}

/**
 * The page furniture as CSS Paged Media margin boxes: header and footer on every page but the
 * cover. The same rules serve Playwright's and Electron's printToPDF (Chromium ≥ 131).
 */
export function pageCss(running: RunningTexts): string {
  return `
@page {
  size: A4;
  margin: 20mm 22mm;
  @top-left { content: ${cssString(running.organisation)}; }
  @top-right { content: ${cssString(running.runningTitle)}; }
  @bottom-center { content: ${cssString(`${running.pageLabel} `)} counter(page) " / " counter(pages); }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-center { content: none; }
}`;
}

/** The template's typography, shared by the preview on screen and the printed PDF. */
export const EXPORT_CSS = `
@page {
  @top-left {
    font-family: ${SERIF}, ${NASKH}, serif; font-size: 8pt; color: #555; letter-spacing: 0.02em; text-align: left;
    vertical-align: bottom; padding-bottom: 2mm; margin-bottom: 6mm; border-bottom: 0.4pt solid #999;
  }
  @top-right {
    font-family: ${SERIF}, ${NASKH}, serif; font-size: 8pt; color: #555; letter-spacing: 0.02em; text-align: right;
    vertical-align: bottom; padding-bottom: 2mm; margin-bottom: 6mm; border-bottom: 0.4pt solid #999;
  }
  @bottom-center { font-family: ${SERIF}, serif; font-size: 8pt; color: #555; vertical-align: top; padding-top: 6mm; }
}
:root { color: #1a1a1a; }
html { font-family: ${SERIF}, ${NASKH}, serif; font-size: 11pt; line-height: 1.35; font-kerning: normal; hyphens: manual; }
body { margin: 0; orphans: 2; widows: 2; }
p { margin: 0 0 0.5em; }
a { color: inherit; text-decoration: none; }
:lang(ar), [dir='rtl'] { font-family: ${NASKH}, ${SERIF}, serif; line-height: 1.6; }
/* An Arabic name inside a line of the other language keeps that line's height. */
bdi:lang(ar), cite:lang(ar) { line-height: inherit; }
.item[dir='rtl'] { font-size: 1.08em; }

/* Cover: the whole first page. */
.cover { break-after: page; height: 257mm; display: flex; flex-direction: column; text-align: center; }
.cover-logo { max-height: 28mm; max-width: 70mm; margin: 8mm auto 6mm; object-fit: contain; }
.cover-org { font-size: 14pt; letter-spacing: 0.12em; text-transform: uppercase; margin: 10mm 0 0; }
.cover-logo + .cover-org { margin-top: 0; }
.cover-title { font-size: 34pt; font-weight: 700; line-height: 1.15; margin: 62mm 0 6mm; }
.cover-date { font-size: 16pt; margin: 0 0 2mm; }
.cover-edition { font-size: 12pt; font-style: italic; color: #444; }
.cover-notice { margin: 10mm auto 0; padding: 1.5mm 4mm; border: 0.6pt solid #1a1a1a; font-size: 9.5pt; letter-spacing: 0.06em; text-transform: uppercase; }
.cover-copyright { margin: 3mm 0 0; font-size: 8pt; letter-spacing: 0; color: #555; }
.cover-counts { margin-top: auto; font-size: 10pt; color: #444; letter-spacing: 0.04em; }
.cover-rule { width: 30mm; border: 0; border-top: 0.6pt solid #1a1a1a; margin: 0 auto 6mm; }

/* Sommaire. */
.toc { break-after: page; }
.toc h1, .sources h1, .intro h1 { font-size: 18pt; margin: 0 0 6mm; }
.toc-group { margin: 0 0 3mm; break-inside: auto; }
.toc-group-title { font-weight: 700; font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc-line { display: flex; align-items: flex-end; break-inside: avoid; }
.toc-entry { font-size: 10pt; margin: 0 0 1.2mm; padding-inline-start: 4mm; }
.toc-text { flex: 0 1 auto; }
.toc-source { font-size: 8pt; font-style: italic; color: #555; white-space: nowrap; }
.toc-leader { flex: 1 1 8mm; min-width: 8mm; margin: 0 1.5mm 0.32em; border-bottom: 1.2pt dotted #888; }
.toc-page { flex: 0 0 7mm; text-align: right; font-variant-numeric: tabular-nums; }
.toc-page:empty::before { content: '\\2007'; }
.toc-headline:lang(ar) { font-size: 1.05em; line-height: 1.45; }

/* Introduction. */
.intro { margin: 0 0 8mm; }
.intro p { text-align: justify; }

/* Sections and items. Sections flow one after the other: no forced page break, so no half-empty
   pages. What must not be parted is kept together instead: a section's heading with the head of
   its first item, a headline with its credit line and the first lines of its chapeau. */
.group-head { break-inside: avoid; break-after: avoid; }
.group-head h1 { font-size: 17pt; line-height: 1.2; margin: 9mm 0 4mm; padding-bottom: 1.5mm; border-bottom: 0.6pt solid #1a1a1a; }
.item { margin: 0 0 6mm; }
.item-head { break-inside: avoid; break-after: avoid; }
.item h2 { font-size: 13pt; line-height: 1.25; margin: 0 0 1mm; break-after: avoid; }
.lead { orphans: 3; widows: 2; }
.item[dir='rtl'] h2 { line-height: 1.5; }
.credit { font-size: 8.5pt; color: #444; margin: 0 0 2mm; }
.credit cite { font-style: italic; }
.original-title { font-size: 8.5pt; color: #555; margin: -1mm 0 2mm; }
.lead { font-weight: 700; font-size: 10.5pt; }
.item[dir='rtl'] .lead { font-weight: 700; font-size: 1em; }
.summary p { text-align: justify; }
blockquote.quote { margin: 2mm 0 3mm; padding-inline-start: 4mm; margin-inline-start: 3mm; border-inline-start: 1.5pt solid #777; font-style: italic; break-inside: avoid; }
/* Arabic quotes and names upright: the Naskh has no italic, and Chromium would slant it. The
   quote is told apart by its indent and the rule at its start (the right). */
blockquote.quote:lang(ar), cite :lang(ar), cite:lang(ar), .toc-source:lang(ar) { font-style: normal; }
blockquote.quote p { margin: 0; }
.comment { background: #f1efe8; border-inline-start: 2.5pt solid #b5a97a; padding: 2mm 3.5mm; margin: 2mm 0 2.5mm; font-size: 10pt; break-inside: avoid; }
.comment-label { font-weight: 700; font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: #6b5f33; margin: 0 0 0.8mm; }
.comment p:last-child { margin-bottom: 0; }
.item-meta { font-size: 8pt; color: #555; margin: 0; overflow-wrap: anywhere; }
.item-meta a { text-decoration: underline; text-decoration-color: #aaa; }

/* Sources citées. */
.sources { margin-top: 9mm; }
.sources h1 { font-size: 17pt; margin-bottom: 4mm; break-after: avoid; }
.sources table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
.sources th { text-align: start; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.06em; color: #555; border-bottom: 0.6pt solid #1a1a1a; padding: 1mm 2mm 1mm 0; }
.sources td { vertical-align: top; border-bottom: 0.3pt solid #ccc; padding: 0.9mm 2mm 0.9mm 0; }
.sources td.count { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sources tr { break-inside: avoid; }

@media screen {
  html { background: #e9e7e2; }
  body { max-width: 166mm; margin: 0 auto; padding: 20mm 22mm; background: #fff; }
  .cover { height: auto; min-height: 200mm; border-bottom: 0.6pt solid #ccc; margin-bottom: 12mm; }
  .toc { border-bottom: 0.6pt solid #ccc; margin-bottom: 12mm; padding-bottom: 6mm; }
  .toc-leader, .toc-page { display: none; }
}
`;
