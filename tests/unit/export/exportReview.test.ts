import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExportArchive, type ExportArchive } from '../../../bench/exportReviewArchive.js';
import { writeExport } from '../../../src/core/export/exportReview.js';
import { docxParagraphs, docxParts } from './exportTools.js';

describe('exporting a review from the archive', () => {
  let archive: ExportArchive;
  beforeAll(async () => {
    archive = await buildExportArchive(9);
  });
  afterAll(async () => archive.close());
  const exportDocx = async (): Promise<Buffer> =>
    Buffer.from((await archive.revue.call('reviews.export', { reviewId: archive.reviewId, format: 'docx', lang: 'fr' })).dataBase64, 'base64');

  it('exports the items of the stored review in order, with the organisation from the settings', async () => {
    const buffer = await exportDocx();
    const parts = docxParts(buffer);
    const headlines = docxParagraphs(parts['word/document.xml'] ?? '').filter((p) => p.style === 'Heading2');
    expect(headlines).toHaveLength(9);
    expect(headlines[0]?.text).toBe('Loi de finances\u00A0: le texte numéro 0 arrive au Parlement');
    expect(headlines[1]?.text).toBe('مشروع قانون المالية رقم 1 أمام البرلمان');
    expect(headlines[1]?.bidi).toBe(true);
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Agence Maghreb Presse</dc:creator>');
  });

  it('answers reviews.renderHtml with the preview of the same review', async () => {
    const { html } = await archive.revue.call('reviews.renderHtml', { reviewId: archive.reviewId, lang: 'fr' });
    expect(html).toContain('Agence Maghreb Presse');
    expect(html).toContain('9 articles · ');
    expect(html).toContain('<h2 lang="ar" dir="rtl">مشروع قانون المالية رقم 1 أمام البرلمان</h2>');
  });

  it('answers the preview\'s page without its fonts, and the fonts apart: together, the self-contained page', async () => {
    const whole = (await archive.revue.call('reviews.renderHtml', { reviewId: archive.reviewId, lang: 'fr' })).html;
    const page = (await archive.revue.call('reviews.renderHtml', { reviewId: archive.reviewId, lang: 'fr', embedFonts: false })).html;
    const { css } = await archive.revue.call('reviews.fontFaces', {});
    expect(whole).toContain('@font-face');
    expect(page).not.toContain('@font-face');
    expect(page.length).toBeLessThan(whole.length / 10);
    expect(css.match(/@font-face/g)?.length).toBeGreaterThanOrEqual(10);
    expect(css).toContain("font-family: 'Noto Naskh Arabic'");
    expect(whole.replace(css, '')).toBe(page);
  });

  it('answers reviews.export with a named DOCX for the browser mode to download, and has no exportToFile without the app', async () => {
    const file = await archive.revue.call('reviews.export', { reviewId: archive.reviewId, format: 'docx', lang: 'fr' });
    expect(file.fileName).toMatch(/^revue-de-presse-\d{4}-\d{2}-\d{2}(-[a-z0-9-]+)?\.docx$/);
    expect(file.mimeType).toContain('wordprocessingml');
    const headlines = docxParagraphs(docxParts(Buffer.from(file.dataBase64, 'base64'))['word/document.xml'] ?? '').filter(
      (p) => p.style === 'Heading2',
    );
    expect(headlines).toHaveLength(9);
    await expect(archive.revue.call('reviews.exportToFile', { reviewId: archive.reviewId, format: 'pdf', lang: 'fr' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('writing an export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'revue-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the file whole and leaves no temporary file behind', () => {
    const file = join(dir, 'revue.pdf');
    writeFileSync(file, 'old');
    writeExport(file, Buffer.from('new content'));
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['revue.pdf']);
  });

  it('fails with EXPORT_FAILED, and no partial file, when the folder does not exist', () => {
    expect(() => writeExport(join(dir, 'missing', 'revue.pdf'), Buffer.from('x'))).toThrow(expect.objectContaining({ code: 'EXPORT_FAILED' }));
  });
});
