import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { simpleParser, type ParsedMail } from 'mailparser';
import { chromium as playwright } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '../../../src/core/export/chromiumLaunch.js';
import { closeSharedPrinter } from '../../../src/core/export/exportReview.js';
import { openTestRevue } from '../helpers/openTestRevue.js';
import { docxParagraphs, docxParts, hasCommand, normaliseText, pdfInfo, pdfPages } from '../export/exportTools.js';
import { closedPort } from '../fetch/localServer.js';
import { openTestArchive, type TestArchive } from '../helpers/testArchive.js';
import { hasOpenssl, startSmtpServer, type TestSmtp } from './smtpTestServer.js';

const USER = 'presse@journal.example';
const PASSWORD = 'Tr0mpette-de-7h42!';
const FROM = 'Service de presse <presse@journal.example>';
const chromiumPath = process.env.REVUE_CHROMIUM ?? DEFAULT_CHROMIUM_PATH;
const canPrint = existsSync(chromiumPath) && hasCommand('pdftotext');

let archive: TestArchive;
let reviewId = 0;
let server: TestSmtp;
const printed: string[] = [];

async function configure(overrides: Record<string, unknown> = {}): Promise<void> {
  await archive.call('smtp.update', {
    host: '127.0.0.1',
    port: server.port,
    security: 'starttls',
    username: USER,
    from: FROM,
    allowInvalidCertificate: true,
    password: PASSWORD,
    ...overrides,
  });
}

const parse = (index = -1): Promise<ParsedMail> => simpleParser(server.received.at(index)?.raw ?? Buffer.alloc(0));

describe.skipIf(!hasOpenssl())('sending the review by SMTP', () => {
  beforeAll(async () => {
    archive = openTestArchive();
    await archive.call('settings.update', { organisation: 'Agence Maghreb Presse' });
    const a = archive.addArticle('budget', { title: 'Le budget arrive au Parlement', siteName: "L'Opinion" });
    const b = archive.addArticle('ميزانية', { title: 'الميزانية أمام البرلمان', lang: 'ar', dir: 'rtl', siteName: 'هسبريس', text: 'أعلنت الحكومة يوم الثلاثاء عن مشروع قانون مالية معدل يتضمن زيادة في نفقات الاستثمار.' });
    const c = archive.addArticle('sécheresse', { title: 'Sécheresse : les agriculteurs inquiets pour la saison', siteName: 'Le Matin' });
    const { review } = await archive.call('reviews.addItems', { date: '2025-12-31', articleIds: [a, b, c], lang: 'fr' });
    reviewId = review.id;
    await archive.call('items.update', { id: review.items[0]!.id, comment: 'Note interne : ne pas diffuser' });
    // Everything the code prints while sending, to look for the password in it.
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    archive.close();
    await closeSharedPrinter();
  });
  beforeEach(async () => {
    server = await startSmtpServer({ user: USER, password: PASSWORD, refuse: (a) => a.startsWith('refuse') });
  });
  afterEach(async () => server.close());

  it('answers SMTP_NOT_CONFIGURED when no server is set, and sends nothing', async () => {
    expect(await archive.failure('send.send', { reviewId, lang: 'fr', to: ['dir@journal.example'] })).toBe('SMTP_NOT_CONFIGURED');
    expect(await archive.failure('smtp.test', { lang: 'fr' })).toBe('SMTP_NOT_CONFIGURED');
  });

  it('refuses a list holding an invalid address, naming it, and keeps nothing of it', async () => {
    const result = await archive.revue.call('lists.save', { name: 'Direction', addresses: ['dg@journal.example', 'redaction@journal'] }).then(
      () => null,
      (error: { code: string; message: string }) => error,
    );
    expect(result?.code).toBe('ADDRESS_INVALID');
    expect(result?.message).toBe('Adresse électronique invalide\u00a0: «\u00a0redaction@journal\u00a0».');
    expect(await archive.call('lists.list', {})).toEqual([]);
  });

  it('sends to a list over STARTTLS with authentication: subject, headers, both alternatives, PDF and DOCX that open', async () => {
    await configure();
    await archive.call('lists.save', { name: 'Direction', addresses: ['dg@journal.example', 'Rédactrice en chef <redac@journal.example>', 'DG@journal.example'] });
    const test = await archive.call('smtp.test', { lang: 'fr' });
    expect(test.accepted).toEqual(['presse@journal.example']);
    const plan = await archive.call('send.plan', { reviewId, to: ['direction'] });
    expect(plan).toMatchObject({ recipients: ['dg@journal.example', 'redac@journal.example'], listNames: ['Direction'], empty: false, lastSent: null });

    const entry = await archive.call('send.send', { reviewId, lang: 'fr', to: ['Direction'], attach: canPrint ? ['pdf', 'docx'] : ['docx'] });
    expect(entry).toMatchObject({ result: 'sent', listName: 'Direction', recipientCount: 2, accepted: ['dg@journal.example', 'redac@journal.example'], refused: [], unreached: [] });
    const got = server.received.at(-1)!;
    expect(got).toMatchObject({ secure: true, user: USER, from: 'presse@journal.example', to: ['dg@journal.example', 'redac@journal.example'] });

    const head = got.raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
    expect(head).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(head).not.toMatch(/^X-Unsent/m);
    // The list by its name only: recipients do not see each other.
    expect(head).toMatch(/^To: Direction:\s?;$/m);
    const mail = await parse();
    expect(mail.subject).toBe('Revue de presse du mercredi 31 décembre 2025');
    expect(mail.messageId).toBe(entry.messageId);
    expect(mail.date?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(mail.headers.get('mime-version')).toBe('1.0');
    expect(mail.headers.get('content-language')).toBe('fr');
    expect(mail.text).toContain('2. الميزانية أمام البرلمان');
    expect(mail.text).not.toContain('Note interne');
    const html = parseHTML(typeof mail.html === 'string' ? mail.html : '').document;
    const headlines = [...html.querySelectorAll('h2.headline')].map((h) => h.textContent ?? '');
    expect(headlines).toEqual(['Le budget arrive au Parlement', 'الميزانية أمام البرلمان', 'Sécheresse\u00a0: les agriculteurs inquiets pour la saison']);

    const docx = mail.attachments.find((a) => a.filename === 'revue-de-presse-2025-12-31.docx');
    const paragraphs = docxParagraphs(docxParts(docx!.content)['word/document.xml'] ?? '');
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(headlines);
    expect(paragraphs.some((p) => p.text.includes('Note interne'))).toBe(false);

    if (!canPrint) return;
    const pdf = mail.attachments.find((a) => a.filename === 'revue-de-presse-2025-12-31.pdf');
    const dir = mkdtempSync(join(tmpdir(), 'revue-mail-'));
    try {
      const file = join(dir, 'attached.pdf');
      writeFileSync(file, pdf!.content);
      const info = pdfInfo(file);
      expect(info.Title).toBe('Revue de presse du mercredi 31 décembre 2025');
      const text = normaliseText(pdfPages(file, Number(info.Pages)).join('\n'));
      expect(text).not.toContain(normaliseText('Note interne'));
      // The same headlines in the same order as the e-mail, after the editorial.
      let from = text.indexOf(normaliseText('Sommaire'));
      for (const headline of headlines) {
        const at = text.indexOf(normaliseText(headline), from + 1);
        expect(at, headline).toBeGreaterThan(from);
        from = at;
      }

      // The HTML alternative in Chromium at 600 px: nothing wider than the window.
      const browser = await playwright.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage({ viewport: { width: 600, height: 800 } });
        await page.setContent(typeof mail.html === 'string' ? mail.html : '');
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(widths.scroll).toBeLessThanOrEqual(600);
        expect(widths.scroll).toBe(widths.client);
        const shown = await page.locator('h2.headline').allTextContents();
        expect(shown).toEqual(headlines);
      } finally {
        await browser.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('asks before a second send of the same review, then sends when confirmed', async () => {
    await configure();
    expect(await archive.failure('send.send', { reviewId, lang: 'fr', to: ['dg@journal.example'] })).toBe('SEND_ALREADY_SENT');
    const before = server.received.length;
    const entry = await archive.call('send.send', { reviewId, lang: 'fr', to: ['dg@journal.example'], confirmResend: true });
    expect(entry.result).toBe('sent');
    expect(server.received.length).toBe(before + 1);
    expect((await parse()).headers.get('to')).toMatchObject({ text: 'dg@journal.example' });
  });

  it('reports a refused recipient, and a retry sends only to the refused and the unreached', async () => {
    await configure();
    await server.close();
    const flaky = new Set(['refuse-once@journal.example']);
    server = await startSmtpServer({ user: USER, password: PASSWORD, refuse: (a) => a.startsWith('refuse-always') || flaky.has(a) });
    await configure();
    const entry = await archive.call('send.send', {
      reviewId,
      lang: 'fr',
      to: ['a@journal.example', 'refuse-once@journal.example', 'refuse-always@journal.example', 'b@journal.example'],
      confirmResend: true,
    });
    expect(entry.result).toBe('partial');
    expect(entry.accepted).toEqual(['a@journal.example', 'b@journal.example']);
    expect(entry.refused.map((r) => r.address)).toEqual(['refuse-once@journal.example', 'refuse-always@journal.example']);
    expect(entry.refused[0]?.reason).toContain('550');

    flaky.clear();
    const retry = await archive.call('send.retry', { logId: entry.id });
    // Only the two refused were tried again: one got it, the other is refused once more.
    expect(server.received.at(-1)?.to).toEqual(['refuse-once@journal.example']);
    expect(retry).toMatchObject({ retryOf: entry.id, messageId: entry.messageId, result: 'partial', recipientCount: 2, accepted: ['refuse-once@journal.example'] });
    expect(retry.refused.map((r) => r.address)).toEqual(['refuse-always@journal.example']);
    expect((await parse()).messageId).toBe(entry.messageId);
  });

  it('logs who got a send cut off half way, and the retry reaches only the others', async () => {
    await configure({ maxRecipientsPerMessage: 2 });
    const to = ['r1@journal.example', 'r2@journal.example', 'r3@journal.example', 'r4@journal.example', 'r5@journal.example'];
    server.cutOffAfter(1);
    const entry = await archive.call('send.send', { reviewId, lang: 'fr', to, confirmResend: true });
    expect(entry).toMatchObject({ result: 'partial', accepted: ['r1@journal.example', 'r2@journal.example'], unreached: ['r3@journal.example', 'r4@journal.example', 'r5@journal.example'] });
    expect(entry.error?.code).toBeDefined();
    const logged = (await archive.call('send.log', { reviewId })).find((e) => e.id === entry.id);
    expect(logged?.accepted).toEqual(['r1@journal.example', 'r2@journal.example']);

    server.cutOffAfter(Infinity);
    const retry = await archive.call('send.retry', { logId: entry.id });
    expect(retry.result).toBe('sent');
    expect(server.received.slice(-2).map((m) => m.to)).toEqual([['r3@journal.example', 'r4@journal.example'], ['r5@journal.example']]);
  });

  it('says when the message is over the server’s size limit, and sends it without the DOCX', async () => {
    const bare = await archive.call('reviews.export', { reviewId, format: 'eml', lang: 'fr' });
    await server.close();
    server = await startSmtpServer({ user: USER, password: PASSWORD, size: Math.round(Buffer.from(bare.dataBase64, 'base64').length * 1.2) });
    await configure({ maxRecipientsPerMessage: 50 });
    const big = await archive.call('send.send', { reviewId, lang: 'fr', to: ['dg@journal.example'], attach: ['docx'], confirmResend: true });
    expect(big.result).toBe('failed');
    expect(big.error?.code).toBe('SMTP_TOO_LARGE');
    expect(big.error?.message).toMatch(/^Message trop volumineux pour le serveur\u00a0: [\d,]+\u00a0Mo pour [\d,]+\u00a0Mo au plus\. Envoyez-le sans le DOCX/);
    expect(server.received).toHaveLength(0);
    const small = await archive.call('send.send', { reviewId, lang: 'fr', to: ['dg@journal.example'], attach: [], confirmResend: true });
    expect(small.result).toBe('sent');
  });

  it('refuses a certificate it cannot verify unless the editor allowed it for this server', async () => {
    await configure({ allowInvalidCertificate: false });
    const entry = await archive.call('send.send', { reviewId, lang: 'fr', to: ['dg@journal.example'], confirmResend: true });
    expect(entry.result).toBe('failed');
    expect(entry.error?.code).toBe('SMTP_TLS');
    expect(server.received).toHaveLength(0);
    expect(await archive.failure('smtp.test', { lang: 'fr' })).toBe('SMTP_TLS');
  });

  it('says when the server refuses the password, or cannot be reached', async () => {
    await configure({ password: 'mauvais' });
    const refused = await archive.call('send.send', { reviewId, lang: 'fr', to: ['dg@journal.example'], confirmResend: true });
    expect(refused.error?.code).toBe('SMTP_AUTH');
    await configure({ port: await closedPort() });
    const unreachable = await archive.call('send.send', { reviewId, lang: 'fr', to: ['dg@journal.example'], confirmResend: true });
    expect(unreachable.error?.code).toBe('SMTP_UNREACHABLE');
    expect(unreachable.error?.message).toMatch(/^Le serveur d’envoi 127\.0\.0\.1:\d+ est injoignable/);
    expect(server.received).toHaveLength(0);
  });

  it('sends over implicit TLS (port 465 style)', async () => {
    await server.close();
    server = await startSmtpServer({ user: USER, password: PASSWORD, implicitTls: true });
    await configure({ security: 'tls' });
    const entry = await archive.call('send.send', { reviewId, lang: 'fr', to: ['dg@journal.example'], confirmResend: true });
    expect(entry.result).toBe('sent');
    expect(server.received[0]?.secure).toBe(true);
  });

  it('warns before sending an empty review', async () => {
    await configure();
    const empty = await archive.call('reviews.create', { date: '2026-01-02', lang: 'fr' });
    expect(await archive.failure('send.send', { reviewId: empty.id, lang: 'fr', to: ['dg@journal.example'] })).toBe('REVIEW_EMPTY');
    expect((await archive.call('send.plan', { reviewId: empty.id, to: ['dg@journal.example'] })).empty).toBe(true);
    expect((await archive.call('send.send', { reviewId: empty.id, lang: 'fr', to: ['dg@journal.example'], allowEmpty: true })).result).toBe('sent');
  });

  it('never writes the password in the archive, its log or the output; keeps it in a file only its owner reads', async () => {
    await configure();
    const view = await archive.call('smtp.get', {});
    expect(view).toMatchObject({ passwordSet: true, passwordStorage: 'unencrypted', fromEnvironment: false });
    expect(JSON.stringify(view)).not.toContain(PASSWORD);
    expect(statSync(view.passwordLocation!).mode & 0o777).toBe(0o600);
    archive.revue.db.pragma('wal_checkpoint(TRUNCATE)');
    const forms = [PASSWORD, Buffer.from(PASSWORD).toString('base64'), Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64')];
    for (const file of [archive.dbPath, `${archive.dbPath}-wal`].filter(existsSync)) {
      const bytes = readFileSync(file);
      for (const form of forms) expect(bytes.includes(Buffer.from(form)), `${file} holds ${form}`).toBe(false);
    }
    const log = JSON.stringify(await archive.call('send.log', { reviewId }));
    expect(log.length).toBeGreaterThan(100);
    for (const form of forms) {
      expect(log).not.toContain(form);
      expect(printed.join('\n')).not.toContain(form);
    }
  });
});

describe.skipIf(!hasOpenssl())('REVUE_SMTP_URL', () => {
  it('sends with the server and password of the URL, and stores neither', async () => {
    const smtp = await startSmtpServer({ user: USER, password: PASSWORD });
    const test = openTestArchive();
    const url = `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${smtp.port}?allowInvalidCertificate=1`;
    const revue = openTestRevue({ dbPath: test.dbPath, smtpUrl: url });
    try {
      const view = await revue.call('smtp.get', {});
      expect(view).toMatchObject({ fromEnvironment: true, passwordSet: true, passwordStorage: 'environment', server: { host: '127.0.0.1', from: USER } });
      const sent = await revue.call('smtp.test', { lang: 'en', to: 'dg@journal.example' });
      expect(sent.accepted).toEqual(['dg@journal.example']);
      expect((await simpleParser(smtp.received[0]!.raw)).subject).toBe('Revue — test message');
      revue.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(readFileSync(test.dbPath).includes(Buffer.from(PASSWORD))).toBe(false);
      expect(existsSync(`${test.dbPath}.smtp-password`)).toBe(false);
    } finally {
      revue.close();
      test.close();
      await smtp.close();
    }
  });
});
