import type { Browser } from 'playwright-core';
import { RevueError } from '../../shared/errors.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumLaunch.js';
import type { PdfPrintOptions, Printer } from './pdfPrinter.js';

/**
 * Prints with a headless Chromium started on first use and kept for the next exports; every
 * page is closed after its print. The page can load nothing: the HTML carries its fonts.
 */
export class PlaywrightPrinter implements Printer {
  private browser: Promise<Browser> | null = null;

  /** `executablePath`: the path from the settings, if any (else REVUE_CHROMIUM, else /usr/bin/chromium). */
  constructor(private readonly executablePath?: string | null) {}

  private start(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = chromiumPath(this.executablePath);
      // Loaded on first print: playwright-core takes longer to load than the rest of the CLI.
      const started = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS }));
      // A failed start is not kept: the next export tries again.
      started.catch(() => {
        if (this.browser === started) this.browser = null;
      });
      this.browser = started;
    }
    return this.browser;
  }

  async printToPdf(html: string, options: PdfPrintOptions): Promise<Buffer> {
    let browser: Browser;
    try {
      browser = await this.start();
    } catch (error) {
      if (RevueError.is(error)) throw error;
      throw new RevueError('EXPORT_FAILED', { detail: `Chromium: ${error instanceof Error ? error.message : String(error)}` }, { cause: error });
    }
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined);
      for (;;) {
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: options.outline, tagged: options.tagged });
        const texts = options.revise?.(pdf) ?? null;
        if (!texts) return pdf;
        await page.evaluate((byId) => {
          for (const [id, text] of Object.entries(byId)) {
            const element = document.getElementById(id);
            if (element) element.textContent = text;
          }
        }, texts);
      }
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}
