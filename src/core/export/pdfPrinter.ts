/** How to print: page size and margins come from the HTML's own @page rules. */
export interface PdfPrintOptions {
  /** Write the document outline (PDF bookmarks) from the headings. */
  outline: boolean;
  /** Write a tagged (accessible) PDF: structure, reading order, language. */
  tagged: boolean;
  /**
   * Called with each PDF printed: returns new texts for elements (by id) to print again with,
   * or null to keep that PDF. This is how the sommaire gets its page numbers without laying the
   * page out anew for each pass.
   */
  revise?: (pdf: Buffer) => Record<string, string> | null;
}

/**
 * Something that prints a self-contained HTML page to PDF with Chromium: Playwright's headless
 * browser in the CLI and the browser mode, webContents.printToPDF in Electron.
 */
export interface Printer {
  printToPdf(html: string, options: PdfPrintOptions): Promise<Buffer>;
}
