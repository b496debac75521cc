import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { expect, reviewOfTexts, test } from './fixtures';
import { docxParagraphs, docxParts } from '../unit/export/exportTools';

const ARTICLES = [
  'Le Parlement adopte la loi de finances\nLe Parlement a adopté mardi la loi de finances après trois semaines de débats.\nLe texte prévoit une hausse des investissements publics.',
  'La saison des pluies commence\nLes premières averses sont tombées dimanche sur le nord du pays.\nLes barrages devraient en profiter tout le mois de janvier.',
  'الحكومة تصادق على مشروع قانون المالية\nصادق مجلس الحكومة يوم الخميس على مشروع قانون المالية للسنة المقبلة.\nويتضمن المشروع إجراءات جديدة لدعم الاستثمار.',
];
const HEADLINES = ARTICLES.map((text) => text.split('\n')[0] ?? '');

test('exports the review of the day as DOCX and PDF files the browser downloads', async ({ page, app, api }) => {
  await reviewOfTexts(api, '2025-12-31', ARTICLES);

  await page.goto(app.url);
  await page.getByTestId('review-date').fill('2025-12-31');
  await expect(page.getByTestId('export-docx')).toBeVisible();

  // The pasted articles have no chapeau: the export asks first; exported as they are.
  const exportWithout = async (format: 'docx' | 'pdf'): Promise<void> => {
    await page.getByTestId(`export-${format}`).click();
    await page.getByTestId('export-anyway').click();
  };
  const [docxDownload] = await Promise.all([page.waitForEvent('download'), exportWithout('docx')]);
  expect(docxDownload.suggestedFilename()).toBe('revue-de-presse-2025-12-31.docx');
  const docx = readFileSync(await docxDownload.path());
  const paragraphs = docxParagraphs(docxParts(docx)['word/document.xml'] ?? '');
  expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(HEADLINES);
  expect(paragraphs.find((p) => p.text === HEADLINES[2])?.bidi).toBe(true);
  await expect(page.getByTestId('export-status')).toContainText('revue-de-presse-2025-12-31.docx');

  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), exportWithout('pdf')]);
  expect(pdfDownload.suggestedFilename()).toBe('revue-de-presse-2025-12-31.pdf');
  const pdfPath = await pdfDownload.path();
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const text = spawnSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(text.status, 'pdftotext (poppler-utils) must be installed').toBe(0);
  const flat = text.stdout.replace(/\s+/g, '');
  for (const headline of HEADLINES.slice(0, 2)) expect(flat).toContain(headline.replace(/\s+/g, ''));
  expect(text.stdout).toContain('Revue de presse');
});
