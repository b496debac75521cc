import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../../../src/core/export/chromiumLaunch.js';
import { composeExport } from '../../../src/core/export/exportModel.js';
import { PlaywrightPrinter } from '../../../src/core/export/playwrightPrinter.js';
import { renderPdf } from '../../../src/core/export/renderPdf.js';
import { renderReviewHtml } from '../../../src/core/export/renderReviewHtml.js';
import { hasCommand, headingPages, normaliseText, pageFill, pdfInfo, pdfPages, readableText, sommaireNumbers, strandedHeadings } from './exportTools.js';
import { dayReview, fixtureReview, LOREM_AR } from './reviewFixture.js';

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

describe.skipIf(!canRun)('the PDF of a day of 11 items in six sections', () => {
  const printer = new PlaywrightPrinter();
  const dir = mkdtempSync(join(tmpdir(), 'revue-pdf-day-'));
  afterAll(async () => {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Pages before sections flowed (a section started a new page when less than a third was left,
  // a headline's whole chapeau was unbreakable, "Sources citées" forced a page): 7 and 8.
  for (const [layout, before] of [
    ['sections', 7],
    ['newspapers', 8],
  ] as const) {
    it(`flows its sections without half-empty pages, each heading kept with its first item (${layout})`, async () => {
      const doc = composeExport(dayReview(layout), { lang: 'fr', organisation: 'Agence Maghreb Presse' });
      const file = join(dir, `${layout}.pdf`);
      writeFileSync(file, await renderPdf(doc, printer));
      const pages = Number(pdfInfo(file).Pages);
      expect(pages).toBeLessThan(before);
      const text = pdfPages(file, pages);
      const furniture = ['Agence Maghreb Presse', 'Revue de presse · mercredi 31 décembre 2025'];
      // From page 3 (after the cover and the sommaire): no heading ends its page.
      const headings = doc.groups.flatMap((g) => [g.heading, ...g.items.map((i) => i.headline)]);
      expect(strandedHeadings(text.slice(2), headings, furniture, 60)).toEqual([]);
      // Only the cover and the sommaire end early: no other page but the last has more than a
      // third of its height left empty.
      for (let p = 3; p < pages; p++) expect(pageFill(file, p), `page ${p}`).toBeGreaterThan(2 / 3);
      const layoutText = pdfPages(file, pages, true);
      // The sommaire's numbers are the pages where sections and headlines land.
      expect(sommaireNumbers(layoutText.slice(1, 2))).toEqual(headingPages(text, headings, 3));
    }, 60_000);
  }
});

describe.skipIf(!canRun)('the print template in Chromium', () => {
  it('never slants Arabic text (the Naskh has no italic), while French quotes and publications stay in italics', async () => {
    const { chromium: browserType } = await import('playwright-core');
    const browser = await browserType.launch({ executablePath: chromium, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const doc = composeExport(dayReview(), { lang: 'fr', organisation: 'Agence Maghreb Presse' });
      await page.setContent(renderReviewHtml(doc, { embedFonts: false }));
      const styles = await page.evaluate(() => {
        const out: { text: string; style: string; quote: boolean }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !node.textContent?.trim()) continue;
          out.push({ text: node.textContent.trim(), style: getComputedStyle(parent).fontStyle, quote: parent.closest('blockquote') !== null });
        }
        return out;
      });
      const arabic = styles.filter((s) => /[\u0600-\u06ff]/.test(s.text));
      expect(arabic.filter((s) => s.quote).length).toBeGreaterThan(0);
      expect(arabic.filter((s) => s.style !== 'normal')).toEqual([]);
      expect(styles.find((s) => s.text.includes('La dette restera sous contrôle'))?.style).toBe('italic');
      expect(styles.find((s) => s.text === 'TelQuel')?.style).toBe('italic');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
