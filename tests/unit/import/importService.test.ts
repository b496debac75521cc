import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestRevue, type TestRevue as Revue } from '../helpers/openTestRevue';
import { ImportService } from '../../../src/core/import/importService';
import { articlePage, frenchParagraphs } from '../helpers/articlePage';
import { startLocalServer, type LocalServer } from '../fetch/localServer';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
let revue: Revue;
let server: LocalServer;
let service: ImportService;

const html = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
};

const budget = articlePage({
  title: 'Le budget 2026 adopté par le Parlement',
  site: 'Le Quotidien',
  date: '2025-12-31T09:00:00+01:00',
  author: 'Ahmed Benali',
  paragraphs: frenchParagraphs('budgétaire'),
});
// The same wire story, republished by another outlet with its own headline and a shorter end.
const budgetElsewhere = articlePage({
  title: 'Loi de finances : le Parlement dit oui',
  site: 'La Gazette',
  date: '2025-12-31T11:00:00+01:00',
  paragraphs: frenchParagraphs('budgétaire').slice(0, 3),
});
const other = articlePage({
  title: 'La saison des pluies commence',
  site: 'Le Quotidien',
  paragraphs: [
    'Les premières averses sont tombées dimanche sur le nord du pays, au grand soulagement des agriculteurs qui attendaient depuis des semaines.',
    'La météorologie nationale prévoit des cumuls importants sur les reliefs et recommande la prudence sur les routes de montagne.',
    'Les barrages, remplis à moins de trente pour cent, devraient profiter de ces précipitations pendant tout le mois de janvier.',
  ],
});

const rss = (origin: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Quotidien — À la une</title><link>${origin}/</link>
<item><title>Le budget 2026 adopté par le Parlement</title><link>${origin}/budget</link><guid>b-1</guid>
<description>Le Parlement a adopté le budget… Lire la suite</description></item>
<item><title>Une dépêche complète</title><link>${origin}/depeche</link><guid>d-1</guid><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Salma Idrissi</dc:creator>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[${frenchParagraphs('portuaire').map((p) => `<p>${p}</p>`).join('')}]]></content:encoded>
<pubDate>Wed, 31 Dec 2025 08:00:00 +0100</pubDate></item>
</channel></rss>`;

beforeEach(async () => {
  temp = tempArchivePath();
  revue = openTestRevue({ dbPath: temp.dbPath });
  server = await startLocalServer({
    '/budget': html(budget),
    '/budget-ailleurs': html(budgetElsewhere),
    '/autre': html(other),
    '/canonique': html(articlePage({ title: 'La saison des pluies commence', site: 'Le Quotidien', canonical: 'https://quotidien.example/2025/12/31/pluies', paragraphs: frenchParagraphs('pluvieux') })),
    '/feed-canonique.xml': (_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Quotidien</title><link>${server.origin}/</link>
<item><title>La saison des pluies commence</title><link>${server.origin}/canonique?xtor=RSS-12</link><guid>p-1</guid>
<description>Les premières averses… Lire la suite</description></item></channel></rss>`),
    '/feed.xml': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(rss(server.origin)),
    '/doc.pdf': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.7 binary'),
    '/vide': html('<html><head><script>var a = 1;</script></head><body><script>track()</script></body></html>'),
    '/lent': () => undefined,
  });
  service = new ImportService(revue.db, { timeoutMs: 1500 });
});

afterEach(async () => {
  await server.close();
  revue.close();
  temp.remove();
});

const articleCount = async (): Promise<number> => (await revue.call('articles.search', {})).total;

describe('importing pages over HTTP', () => {
  it('imports a page as a clean article with its metadata', async () => {
    const [outcome] = await service.importInputs([`${server.origin}/budget`]);
    expect(outcome).toMatchObject({
      status: 'imported',
      article: { title: 'Le budget 2026 adopté par le Parlement', siteName: 'Le Quotidien', byline: 'Ahmed Benali', lang: 'fr', dir: 'ltr' },
    });
    expect(outcome?.status === 'imported' && outcome.article.publishedTime?.startsWith('2025-12-31')).toBe(true);
  });

  it('imports the same article once, even behind tracking parameters, and says so', async () => {
    const outcomes = await service.importInputs([
      `${server.origin}/budget`,
      `${server.origin}/budget?utm_source=newsletter&utm_medium=email`,
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'duplicate']);
    expect(await articleCount()).toBe(1);
  });

  it('links a republished wire story to the original as one story ("also in")', async () => {
    await service.importInputs([`${server.origin}/budget`, `${server.origin}/autre`, `${server.origin}/budget-ailleurs`]);
    const { hits: articles } = await revue.call('articles.search', {});
    const original = articles.find((a) => a.siteName === 'Le Quotidien' && a.title.startsWith('Le budget'));
    const copy = articles.find((a) => a.siteName === 'La Gazette');
    const unrelated = articles.find((a) => a.title.startsWith('La saison'));
    expect(original?.alsoIn).toEqual(['La Gazette']);
    expect(copy?.alsoIn).toEqual(['Le Quotidien']);
    expect(unrelated?.alsoIn).toEqual([]);
  });

  it('reports bad inputs clearly and leaves the archive untouched', async () => {
    const outcomes = await service.importInputs([
      `${server.origin}/absent`,
      `${server.origin}/doc.pdf`,
      `${server.origin}/vide`,
      `${server.origin}/lent`,
      'ftp://example.invalid/page',
      'javascript:alert(1)',
      'http://nowhere.invalid/page',
      'pas une adresse',
    ]);
    expect(outcomes.map((o) => (o.status === 'failed' ? o.code : o.status))).toEqual([
      'FETCH_HTTP_STATUS',
      'NOT_HTML',
      'EMPTY_PAGE',
      'FETCH_TIMEOUT',
      'URL_SCHEME_REFUSED',
      'URL_SCHEME_REFUSED',
      'FETCH_DNS',
      'URL_INVALID',
    ]);
    for (const outcome of outcomes) if (outcome.status === 'failed') expect(outcome.message.length).toBeGreaterThan(10);
    expect(await articleCount()).toBe(0);
  });

  it('never reads local files when the input comes from the UI', async () => {
    const [outcome] = await service.importInputs(['/etc/hostname']);
    expect(outcome).toMatchObject({ status: 'failed', code: 'URL_INVALID' });
  });
});

describe('feeds', () => {
  it('follows a feed given to import as a source, imports every item (fetching the page of a summary-only item), and a refresh imports only new ones', async () => {
    const first = await service.importInputs([`${server.origin}/feed.xml`]);
    expect(first.map((o) => o.status), JSON.stringify(first)).toEqual(['imported', 'imported']);
    const fromSummary = first.find((o) => o.input.endsWith('/budget'));
    // The summary said "Lire la suite": the article's own page was fetched for the full text.
    expect(fromSummary?.status === 'imported' && fromSummary.article.byline).toBe('Ahmed Benali');
    const fullItem = first.find((o) => o.input.endsWith('/depeche'));
    expect(fullItem).toMatchObject({ status: 'imported', article: { title: 'Une dépêche complète', byline: 'Salma Idrissi' } });
    const sources = await revue.call('sources.list', {});
    expect(sources).toMatchObject([{ name: 'Le Quotidien — À la une', kind: 'feed', itemCount: 2 }]);

    const again = await revue.call('refresh.run', { all: true });
    expect(again).toMatchObject({ new: 0, sources: [{ new: 0, unchanged: true, failed: false }] });
    expect(await articleCount()).toBe(2);
  });

  it('keeps the address the article\'s page declares (its canonical link), as a URL import does', async () => {
    const outcomes = await service.importInputs([`${server.origin}/feed-canonique.xml`]);
    expect(outcomes[0]).toMatchObject({ status: 'imported', article: { url: 'https://quotidien.example/2025/12/31/pluies' } });
  });

  it('refuses to follow a page that is not a feed and announces none', async () => {
    await expect(revue.call('sources.add', { url: `${server.origin}/budget` })).rejects.toMatchObject({ code: 'SOURCE_NO_FEED' });
  });
});

describe('files and pasted text', () => {
  it('imports a windows-1252 file with its accents, and refuses a binary one', async () => {
    const page = articlePage({ title: 'Œuvres d’été : 5 € l’entrée', paragraphs: frenchParagraphs('culturel') }).replace(
      'charset="utf-8"',
      'charset="windows-1252"',
    );
    const bytes = Buffer.from(
      [...page].map((ch) => ({ '’': 0x92, 'Œ': 0x8c, 'œ': 0x9c, '€': 0x80, 'é': 0xe9, 'è': 0xe8, 'à': 0xe0, 'ç': 0xe7, 'ê': 0xea, 'É': 0xc9, 'ô': 0xf4, 'î': 0xee, 'û': 0xfb, 'â': 0xe2, 'ù': 0xf9 })[ch] ?? ch.charCodeAt(0)),
    );
    const outcome = await service.importFileData('ete.html', bytes);
    expect(outcome).toMatchObject({ status: 'imported', article: { title: 'Œuvres d’été : 5 € l’entrée' } });
    const binary = await service.importFileData('photo.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
    expect(binary).toMatchObject({ status: 'failed', code: 'NOT_HTML' });
  });

  it('imports a page saved as "Web page, single file" (.mhtml): MIME and quoted-printable decoded', async () => {
    const page = articlePage({ title: 'Les étés de la médiathèque', site: 'Le Quotidien', paragraphs: frenchParagraphs('culturel') });
    // Quoted-printable as browsers write it: UTF-8 bytes as =XX, "=" as =3D, soft line breaks at 76.
    const qp = [...Buffer.from(page, 'utf8')]
      .map((byte) => (byte === 0x3d || byte > 0x7e ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : byte === 0x0a ? '\r\n' : String.fromCharCode(byte)))
      .join('')
      .split('\r\n')
      .flatMap((line) => line.match(/.{1,72}(?:=[0-9A-F]{2})?/g) ?? [''])
      .join('=\r\n');
    const mhtml = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://quotidien.example/culture/etes-mediatheque',
      'Subject: Les =?utf-8?Q?=C3=A9t=C3=A9s?= de la mediatheque',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--abc"',
      '',
      '------MultipartBoundary--abc',
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://quotidien.example/culture/etes-mediatheque',
      '',
      qp,
      '------MultipartBoundary--abc',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://quotidien.example/logo.png',
      '',
      'iVBORw0KGgo=',
      '------MultipartBoundary--abc--',
      '',
    ].join('\r\n');
    const outcome = await service.importFileData('etes.mhtml', Buffer.from(mhtml, 'latin1'));
    expect(outcome).toMatchObject({ status: 'imported', article: { title: 'Les étés de la médiathèque', url: 'https://quotidien.example/culture/etes-mediatheque' } });
    const id = outcome.status === 'imported' ? outcome.article.id : 0;
    const text = (await revue.call('articles.get', { id })).text;
    expect(text).toContain(frenchParagraphs('culturel')[0]);
    expect(text).not.toMatch(/=[0-9A-F]{2}|=\r?\n/);
  });

  it('takes a short title from a first line that is a whole paragraph, keeping the paragraph, and refuses a title alone', async () => {
    const paragraph = `${frenchParagraphs('portuaire')[0]} ${'Les dockers ont salué l’annonce, prudemment. '.repeat(100)}`;
    expect(paragraph.length).toBeGreaterThan(4000);
    const outcome = service.importPastedText(`${paragraph}\n${frenchParagraphs('portuaire')[1]}`);
    expect(outcome.status).toBe('imported');
    const article = outcome.status === 'imported' ? await revue.call('articles.get', { id: outcome.article.id }) : null;
    expect(article?.title.length).toBeLessThanOrEqual(200);
    expect(paragraph.startsWith(article?.title.replace(/…$/, '') ?? '-')).toBe(true);
    expect(article?.text).toContain(paragraph.slice(0, 300));

    expect(service.importPastedText('Le budget 2026 adopté par le Parlement\n\n')).toMatchObject({
      status: 'failed',
      code: 'TEXT_TITLE_ONLY',
      message: 'Le texte collé n’a qu’une ligne («\u00A0Le budget 2026 adopté par le Parlement\u00A0»)\u00A0: collez aussi le texte de l’article, sous son titre.',
    });
  });

  it('imports pasted text with its first line as the title, Arabic as right-to-left', () => {
    const outcome = service.importPastedText(
      'الحكومة تصادق على مشروع قانون المالية\nصادق مجلس الحكومة يوم الخميس على مشروع قانون المالية للسنة المقبلة بعد نقاش طويل.\nويتضمن المشروع إجراءات جديدة لدعم الاستثمار وتشجيع التشغيل في مختلف الجهات.',
    );
    expect(outcome).toMatchObject({ status: 'imported', article: { title: 'الحكومة تصادق على مشروع قانون المالية', lang: 'ar', dir: 'rtl' } });
  });
});
