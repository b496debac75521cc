import { simpleParser } from 'mailparser';
import { expect, reviewOfTexts, test } from './fixtures';
import { docxParagraphs, docxParts } from '../unit/export/exportTools';
import { startSmtpServer, type TestSmtp } from '../unit/send/smtpTestServer';

let smtp: TestSmtp;

test.beforeEach(async () => {
  smtp = await startSmtpServer({ user: 'presse@journal.example', password: 'secret du matin' });
});

test.afterEach(async () => {
  await smtp.close();
});

const ARTICLES = [
  'Le Parlement adopte la loi de finances\nLe Parlement a adopté mardi la loi de finances après trois semaines de débats.\nLe texte prévoit une hausse des investissements publics.',
  'الحكومة تصادق على مشروع قانون المالية\nصادق مجلس الحكومة يوم الخميس على مشروع قانون المالية للسنة المقبلة.\nويتضمن المشروع إجراءات جديدة لدعم الاستثمار.',
];
const HEADLINES = ARTICLES.map((text) => text.split('\n')[0] ?? '');

test('"Envoyer": settings, a list, the 600 px preview, confirmation, the message received and the send log', async ({ page, app, api }) => {
  await reviewOfTexts(api, '2025-12-31', ARTICLES);

  await page.goto(app.url);
  await page.getByTestId('review-date').fill('2025-12-31');
  await page.getByTestId('send-open').click();
  const dialog = page.getByTestId('send-dialog');
  await expect(dialog).toBeVisible();

  // The preview: the e-mail at 600 px, its headlines in the review's order, nothing wider.
  const preview = page.frameLocator('[data-testid="send-preview"]');
  await expect(preview.locator('h2.headline')).toHaveText(HEADLINES);
  const widths = await preview.locator('html').evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  await expect(page.getByTestId('send-subject')).toHaveText('Objet\u00a0: Revue de presse du mercredi 31 décembre 2025');

  // Sending settings, typed as an editor would; the password is said to be stored unencrypted.
  await page.getByTestId('smtp-settings').locator('summary').click();
  await page.getByTestId('smtp-host').fill('127.0.0.1');
  await page.getByTestId('smtp-port').fill(String(smtp.port));
  await page.getByTestId('smtp-username').fill('presse@journal.example');
  await page.getByTestId('smtp-password').fill('secret du matin');
  await page.getByTestId('smtp-from').fill('Service de presse <presse@journal.example>');
  await page.getByTestId('smtp-allow-invalid').check();
  await page.getByTestId('smtp-save').click();
  await expect(page.getByTestId('smtp-status')).toHaveText('Réglages d’envoi enregistrés.');
  await expect(page.getByTestId('smtp-warning')).toContainText('sans chiffrement');

  // A list with a wrong address is refused by name; corrected, it is kept.
  await page.getByTestId('list-name').fill('Direction');
  await page.getByTestId('list-addresses').fill('dg@journal.example\nredaction@journal');
  await page.getByTestId('list-save').click();
  await expect(page.getByTestId('smtp-error')).toHaveText('Adresse électronique invalide\u00a0: «\u00a0redaction@journal\u00a0».');
  await page.getByTestId('list-addresses').fill('dg@journal.example\nredaction@journal.example');
  await page.getByTestId('list-save').click();
  await expect(page.getByTestId('smtp-status')).toHaveText('Liste «\u00a0Direction\u00a0» enregistrée (2).');

  await page.getByTestId('send-list').selectOption('Direction');
  await page.getByTestId('send-attach-pdf').uncheck();
  await page.getByTestId('send-attach-docx').check();
  await page.getByTestId('send-submit').click();
  await expect(page.getByTestId('send-confirm')).toContainText('Envoyer la revue à Direction (2)\u00a0?');
  await expect(page.getByTestId('send-warn-again')).toHaveCount(0);
  await page.getByTestId('send-confirm-button').click();
  await expect(page.getByTestId('send-log-entry').first().locator('span')).toHaveText(/^Envoyée le \S+ \d+ \S+ \d{4} à \d{1,2}\u00a0h\u00a0\d\d à Direction \(2\)$/);

  expect(smtp.received).toHaveLength(1);
  expect(smtp.received[0]?.to).toEqual(['dg@journal.example', 'redaction@journal.example']);
  const mail = await simpleParser(smtp.received[0]!.raw);
  expect(mail.subject).toBe('Revue de presse du mercredi 31 décembre 2025');
  const docx = mail.attachments.find((a) => a.filename === 'revue-de-presse-2025-12-31.docx');
  expect(docxParagraphs(docxParts(docx!.content)['word/document.xml'] ?? '').filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(HEADLINES);

  // A second send asks first, naming the first one.
  await page.getByTestId('send-submit').click();
  await expect(page.getByTestId('send-warn-again')).toContainText('déjà envoyée le');
  await page.getByTestId('send-confirm').getByRole('button', { name: 'Annuler' }).click();
  expect(smtp.received).toHaveLength(1);

  await page.getByTestId('send-close').click();
  await expect(page.getByTestId('send-last')).toContainText('à Direction (2)');
});
