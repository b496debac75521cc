import { BrowserWindow, session, type Session } from 'electron';
import type { PdfPrintOptions, Printer } from '../core/revue.js';
import { hardenSession } from './security.js';

/** The printer's own in-memory session: its request blocker must not reach the main window's. */
const PRINT_PARTITION = 'revue-printer';
let printSession: Session | null = null;

function printerSession(): Session {
  if (printSession) return printSession;
  printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  hardenSession(printSession);
  // The export is self-contained (fonts and logo inlined): any request would be a leak.
  printSession.webRequest.onBeforeRequest((details, answer) => answer({ cancel: !details.url.startsWith('data:') }));
  return printSession;
}

/**
 * The app's printer: webContents.printToPDF in a hidden, sandboxed window with JavaScript off,
 * so the export needs no Chromium of its own. The HTML is loaded as a data: URL and loads nothing.
 */
export class ElectronPrinter implements Printer {
  async printToPdf(html: string, options: PdfPrintOptions): Promise<Buffer> {
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: printerSession(),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
      for (;;) {
        const pdf = await window.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          generateDocumentOutline: options.outline,
          generateTaggedPDF: options.tagged,
        });
        const texts = options.revise?.(pdf) ?? null;
        if (!texts) return pdf;
        // executeJavaScript runs in an isolated world even with page scripts off; the texts are JSON.
        await window.webContents.executeJavaScript(
          `for (const [id, text] of Object.entries(${JSON.stringify(texts)})) { const el = document.getElementById(id); if (el) el.textContent = text; }`,
        );
      }
    } finally {
      window.destroy();
    }
  }
}
