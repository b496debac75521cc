import { parseHTML } from 'linkedom';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeExport } from '../../../src/core/export/exportModel.js';
import { buildEmailEdition, renderWebPage } from '../../../src/core/send/emailEdition.js';
import { renderEmailHtml } from '../../../src/core/send/renderEmailHtml.js';
import { docxParagraphs, docxParts } from '../export/exportTools.js';
import { fixtureReview } from '../export/reviewFixture.js';
import { openTestArchive, type TestArchive } from '../helpers/testArchive.js';
import { PNG_LOGO } from './sendFixtures.js';

const ARABIC_QUOTE = 'لا خيار أمامنا سوى الاستثمار الآن';

/** The fixture with an Arabic quote in its first (French) item: one paragraph that reads the other way. */
function reviewWithMixedItem() {
  const review = fixtureReview();
  const quotes = { ...review.quotes, 999: { id: 999, exact: ARABIC_QUOTE, note: '' } };
  const items = review.items.map((item, i) => (i === 0 ? { ...item, quoteIds: [...item.quoteIds, 999] } : item));
  return { ...review, quotes, items };
}

const doc = composeExport(reviewWithMixedItem(), { lang: 'fr', organisation: 'Agence Maghreb Presse' });
const dom = (html: string) => parseHTML(html).document;

describe('the e-mail edition', () => {
  const edition = buildEmailEdition(doc, { includeComments: false });
  const page = dom(edition.html);

  it('is laid out in tables 600 px wide with every style inlined and pixel sizes only', () => {
    const sheet = page.querySelector('table.sheet');
    expect(sheet?.getAttribute('width')).toBe('600');
    expect(sheet?.getAttribute('style')).toContain('width: 600px');
    // Only the phone rule stays in <style>: everything else was inlined.
    const styles = [...page.querySelectorAll('style')].map((s) => s.textContent ?? '').join('');
    expect(styles.replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '').trim()).toBe('');
    for (const p of page.querySelectorAll('p.para')) expect(p.getAttribute('style')).toMatch(/font-size: \d+px/);
    expect(edition.html).not.toMatch(/\d(?:em|rem|pt|mm)\b|@font-face|<link|https?:\/\/[^"]*\.(?:css|woff2?)/);
  });

  it('gives each paragraph the direction of its own text', () => {
    const first = page.querySelector('td.item-cell');
    const quotes = [...(first?.querySelectorAll('p.quote') ?? [])];
    expect(quotes.map((q) => q.getAttribute('dir'))).toEqual(['ltr', 'ltr', 'rtl']);
    expect(quotes.at(-1)?.getAttribute('style')).toMatch(/direction: rtl; text-align: right/);
    const arabicItem = [...page.querySelectorAll('td.item-cell')].find((td) => td.getAttribute('lang') === 'ar');
    expect(arabicItem?.querySelector('h2')?.getAttribute('dir')).toBe('rtl');
    // Names in the credit line are isolated, so an Arabic name cannot reorder a French line.
    expect([...(arabicItem?.querySelectorAll('p.credit bdi') ?? [])].map((b) => b.textContent)).toEqual(['هسبريس', 'محمد العلوي']);
    expect([...(arabicItem?.querySelectorAll('p.para') ?? [])].every((p) => p.getAttribute('dir') === 'rtl')).toBe(true);
  });

  it('has the masthead, editorial, a sommaire linking to every item, and the items in the order of the export', () => {
    expect(edition.subject).toBe('Revue de presse du mercredi 31 décembre 2025 — Édition du matin');
    expect(page.querySelector('.org')?.textContent).toBe('Agence Maghreb Presse');
    expect(page.querySelector('.date')?.textContent).toBe('mercredi 31 décembre 2025');
    const headlines = doc.groups.flatMap((g) => g.items.map((i) => i.headline));
    expect([...page.querySelectorAll('h2.headline')].map((h) => h.textContent)).toEqual(headlines);
    const links = [...page.querySelectorAll('.toc-entry a')].map((a) => a.getAttribute('href')?.slice(1));
    expect(links).toHaveLength(headlines.length);
    for (const anchor of links) expect(page.querySelector(`a[name="${anchor}"]`)).not.toBeNull();
    expect(edition.html).toContain('Une journée dominée par le budget');
  });

  it('shows an article link by its site, not its full address', () => {
    const meta = page.querySelector('td.item-cell p.meta');
    expect(meta?.textContent).toContain('Lire l’article (example.fr)');
    expect(meta?.querySelector('a')?.getAttribute('href')).toBe('https://example.fr/article/1?utm=x');
  });

  it('leaves the internal comments out unless the editor asks for them', () => {
    const comment = 'la majorité est divisée';
    expect(edition.html).not.toContain(comment);
    expect(edition.text).not.toContain(comment);
    const withComments = buildEmailEdition(doc, { includeComments: true });
    expect(withComments.html).toContain(comment);
    expect(withComments.text).toContain(comment);
  });

  it('has a plain-text alternative written from the model, numbered, with full links', () => {
    expect(edition.text).not.toMatch(/<[a-z]/i);
    expect(edition.text).toContain('REVUE DE PRESSE\nmercredi 31 décembre 2025\nÉdition du matin');
    expect(edition.text).toContain('1. Loi de finances\u00a0: le gouvernement revoit sa copie');
    expect(edition.text).toContain('2. مشروع قانون المالية المعدل أمام البرلمان');
    expect(edition.text).toContain('Lire l’article\u00a0: https://example.fr/article/1?utm=x');
    const body = edition.text.slice(edition.text.indexOf('=\n'));
    let from = 0;
    for (const headline of doc.groups.flatMap((g) => g.items.map((i) => i.headline))) {
      const at = body.indexOf(headline, from);
      expect(at, headline).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('escapes what the editor typed', () => {
    const review = fixtureReview();
    review.items[0] = { ...review.items[0]!, headline: '<img src=x onerror=alert(1)> & « test »' };
    const html = renderEmailHtml(composeExport(review, { lang: 'fr', organisation: '<b>Org</b>' }), { includeComments: false, images: 'cid' });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Org</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp;');
  });
});

describe('the web page of the review', () => {
  const logoDoc = composeExport(fixtureReview(), {
    lang: 'fr',
    organisation: 'Agence Maghreb Presse',
    logo: { data: PNG_LOGO, mimeType: 'image/png', width: 4, height: 2 },
  });
  const html = renderWebPage(logoDoc, { includeComments: false });

  it('is one file: fonts and logo inside, nothing loaded from elsewhere', () => {
    expect(html).toMatch(/@font-face\s*\{[^}]*src: url\(data:font\/woff2;base64,/);
    expect(html).toContain("'Noto Naskh Arabic'");
    const page = dom(html);
    expect(page.querySelector('img.logo')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(html).not.toMatch(/(?:src|href)="(?!data:|#|https:\/\/example\.)/);
  });
});

describe('the .eml draft', () => {
  let archive: TestArchive;
  let reviewId = 0;
  beforeAll(async () => {
    archive = openTestArchive();
    await archive.call('settings.update', { organisation: 'Agence Maghreb Presse', logo: { dataBase64: Buffer.from(PNG_LOGO).toString('base64'), mimeType: 'image/png', width: 4, height: 2 } });
    const fr = archive.addArticle('budget', { title: 'Le budget arrive au Parlement' });
    const ar = archive.addArticle('ميزانية', { title: 'الميزانية أمام البرلمان', lang: 'ar', dir: 'rtl', siteName: 'هسبريس', text: 'أعلنت الحكومة يوم الثلاثاء عن مشروع قانون مالية معدل.' });
    const { review } = await archive.call('reviews.addItems', { date: '2025-12-31', articleIds: [fr, ar], lang: 'fr' });
    reviewId = review.id;
    await archive.call('items.update', { id: review.items[0]!.id, comment: 'Note interne à ne pas diffuser' });
  });
  afterAll(() => archive.close());

  it('is an RFC 5322 message ready to send: X-Unsent, both alternatives, the logo by Content-ID, the DOCX attached', async () => {
    const file = await archive.call('reviews.export', { reviewId, format: 'eml', lang: 'fr', attach: ['docx'] });
    expect(file.fileName).toBe('revue-de-presse-2025-12-31.eml');
    expect(file.mimeType).toBe('message/rfc822');
    const raw = Buffer.from(file.dataBase64, 'base64');
    const head = raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
    expect(head).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(head).toMatch(/^X-Unsent: 1$/m);
    expect(head).toMatch(/^MIME-Version: 1\.0$/m);
    expect(head).toMatch(/^Content-Language: fr$/m);
    expect(head).toMatch(/^Message-ID: <[0-9a-f-]{36}@revue\.invalid>$/m);
    expect(head).toMatch(/^Date: \w{3}, \d{1,2} \w{3} \d{4} /m);

    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Revue de presse du mercredi 31 décembre 2025');
    expect(mail.text).toContain('1. Le budget arrive au Parlement');
    expect(mail.text).not.toContain('Note interne');
    const html = dom(typeof mail.html === 'string' ? mail.html : '');
    expect([...html.querySelectorAll('h2.headline')].map((h) => h.textContent)).toEqual(['Le budget arrive au Parlement', 'الميزانية أمام البرلمان']);
    const logo = mail.attachments.find((a) => a.contentType === 'image/png');
    expect(logo?.cid).toBe('logo@revue');
    expect(Buffer.compare(logo!.content, Buffer.from(PNG_LOGO))).toBe(0);
    const docx = mail.attachments.find((a) => a.filename === 'revue-de-presse-2025-12-31.docx');
    const paragraphs = docxParagraphs(docxParts(docx!.content)['word/document.xml'] ?? '');
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Le budget arrive au Parlement', 'الميزانية أمام البرلمان']);
    // The attached document leaves the internal comment out too.
    expect(paragraphs.some((p) => p.text.includes('Note interne'))).toBe(false);
  });

  it('carries the comments, in the e-mail and the attachment, when the editor ticks "inclure les commentaires"', async () => {
    const file = await archive.call('reviews.export', { reviewId, format: 'eml', lang: 'fr', attach: ['docx'], includeComments: true });
    const mail = await simpleParser(Buffer.from(file.dataBase64, 'base64'));
    expect(mail.text).toContain('Note interne à ne pas diffuser');
    const docx = mail.attachments.find((a) => a.filename?.endsWith('.docx'));
    expect(docx && docxParts(docx.content)['word/document.xml']).toContain('Note interne à ne pas diffuser');
  });

  it('is saved as the standalone web page under the review’s name', async () => {
    const file = await archive.call('reviews.export', { reviewId, format: 'html', lang: 'fr' });
    expect(file.fileName).toBe('revue-de-presse-2025-12-31.html');
    const html = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(html).toContain('<h2 class="headline rtl"');
    expect(html).not.toContain('cid:');
  });
});
