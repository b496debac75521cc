import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM_PATH } from '../../../src/core/export/chromiumLaunch.js';
import { composeExport } from '../../../src/core/export/exportModel.js';
import { PlaywrightPrinter } from '../../../src/core/export/playwrightPrinter.js';
import { renderPdf } from '../../../src/core/export/renderPdf.js';
import { hasCommand, normaliseText, pdfInfo, pdfPages, readableText } from './exportTools.js';
import { fixtureReview, LOREM_AR } from './reviewFixture.js';

const chromium = process.env.REVUE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH;
const canRun = existsSync(chromium) && hasCommand('pdftotext');
if (!canRun) console.warn(`PDF export tests skipped: need Chromium at ${chromium} and pdftotext (apt-get install chromium poppler-utils)`);

describe.skipIf(!canRun)('the PDF export', () => {
  const printer = new PlaywrightPrinter();
  const dir = mkdtempSync(join(tmpdir(), 'revue-pdf-'));
  const file = join(dir, 'revue.pdf');
  // Three copies of the fixture: a sommaire over many pages' worth of items, Arabic among them.
  const doc = composeExport(fixtureReview(3), { lang: 'fr', organisation: 'Agence Maghreb Presse' });
  const headlines = doc.groups.flatMap((g) => g.items.map((i) => i.headline));
  let pages = 0;
  let text: string[] = [];
  let layout: string[] = [];

  beforeAll(async () => {
    writeFileSync(file, await renderPdf(doc, printer));
    pages = Number(pdfInfo(file).Pages);
    text = pdfPages(file, pages);
    layout = pdfPages(file, pages, true);
  }, 60_000);
  afterAll(async () => {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has title, author, language and page count in its properties', () => {
    const info = pdfInfo(file);
    expect(info.Title).toBe('Revue de presse du mercredi 31 décembre 2025');
    expect(info.Author).toBe('Agence Maghreb Presse');
    expect(info.Tagged).toBe('yes');
    expect(pages).toBeGreaterThan(6);
  });

  it('has a cover without header or footer, and "Page N / M" on every later page', () => {
    expect(text[0]).toContain('Revue de presse');
    expect(text[0]).toContain('18 articles · 5 publications');
    expect(text[0]).not.toMatch(/Page \d/);
    for (let p = 2; p <= pages; p++) {
      expect(text[p - 1], `page ${p}`).toContain(`Page ${p} / ${pages}`);
      expect(text[p - 1], `page ${p}`).toContain('Revue de presse · mercredi 31 décembre 2025');
    }
  });

  it('prints every headline in order, Arabic ones in logical order', () => {
    const body = normaliseText(text.join('\n'));
    let from = body.indexOf(normaliseText('Éditorial'));
    expect(from).toBeGreaterThan(0);
    for (const headline of headlines) {
      const at = body.indexOf(normaliseText(headline), from);
      expect(at, headline).toBeGreaterThan(from);
      from = at;
    }
  });

  it('reads Arabic back as whole words, spaces kept (searchable and copyable)', () => {
    const body = readableText(text.join('\n'));
    const arabic = headlines.filter((h) => /[\u0600-\u06ff]/.test(h));
    expect(arabic.length).toBeGreaterThan(2);
    for (const headline of arabic) expect(body, headline).toContain(readableText(headline));
    // A whole sentence of a chapeau, as typed: each of its words whole and in order.
    const sentence = LOREM_AR.split('.')[0] ?? '';
    expect(sentence.split(' ').length).toBeGreaterThan(10);
    expect(body).toContain(readableText(sentence));
  });

  it('gives in the sommaire the pages where the headlines really are', () => {
    const tocStart = text.findIndex((t) => t.includes('Sommaire'));
    const firstItemPage = text.findIndex((t) => t.includes('Éditorial'));
    expect(tocStart).toBe(1);
    // Entry numbers: lines ending with a page number set apart by the dotted leader.
    const printed = layout
      .slice(tocStart, firstItemPage)
      .flatMap((page) => page.split('\n'))
      .map((line) => /\S\s{2,}(\d{1,3})\s*$/.exec(line)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    const expected = doc.groups.flatMap((group) => {
      const itemPages = group.items.map((item) => {
        // The last page with the headline: the sommaire has it too, the item comes after.
        const wanted = normaliseText(item.headline);
        const index = text.findLastIndex((t) => normaliseText(t).includes(wanted));
        return index + 1;
      });
      const headingPage = text.findIndex((t, i) => i >= firstItemPage && normaliseText(t).includes(normaliseText(group.heading))) + 1;
      return [headingPage, ...itemPages];
    });
    expect(printed).toEqual(expected);
  });
});
