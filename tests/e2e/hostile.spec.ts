import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test, type BrowserMode } from './fixtures';

// Pages written to attack whoever shows them (tests/fixtures/hostile): scripts, handlers,
// javascript: links, SVG, remote CSS, meta refresh, frames, forms, <base>, data: URLs, unicode
// tricks. Imported, read, previewed and exported, none may run a script or reach another host.

const FIXTURES = join(import.meta.dirname, '../fixtures/hostile');
const FILES = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .sort();
const REVIEW_DATE = '2025-12-31';
const IMAGE_HOST = 'images.invalid';
const IMAGES_TITLE = 'Le pont de Clairval restauré en images';

/** A page's <title>, as the reader shows it (entities decoded). */
const titleOf = (file: string): string =>
  (/<title>([^<]*)<\/title>/.exec(readFileSync(join(FIXTURES, file), 'utf8'))?.[1] ?? file)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The sentence each page carries in its article text, by file name. */
const marker = (file: string): string =>
  file === 'arabic.html'
    ? 'علامة الاختبار: يبقى نص هذا المقال مقروءا.'
    : `Marqueur ${file.replace(/\.html$/, '')} : le texte de cet article reste lisible.`;

interface Watch {
  /** Every request the page tried, in order, including those its CSP stopped in the page. */
  requests: string[];
  /** Requests for another host that reached the network layer (and were aborted there). */
  foreign: { url: string; afterShowImages: boolean }[];
  /** Requests for another host the page itself refused, by URL: Chromium's reason. */
  failed: Map<string, string>;
  dialogs: string[];
  navigations: string[];
  showImagesClicked: boolean;
}

let watch: Watch;

test.use({ viewport: { width: 1500, height: 950 } });

test.beforeEach(async ({ page, app }) => {
  watch = { requests: [], foreign: [], failed: new Map(), dialogs: [], navigations: [], showImagesClicked: false };
  const own = (url: string): boolean => url.startsWith(`${app.origin}/`) || /^(?:data|blob):/.test(url);
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('requestfailed', (request) => {
    if (!own(request.url())) watch.failed.set(request.url(), request.failure()?.errorText ?? '');
  });
  // What gets past the page's own CSP reaches this handler: anything for another host is
  // recorded and aborted here, so nothing leaves even if the app let it through.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (own(url)) return route.continue();
    watch.foreign.push({ url, afterShowImages: watch.showImagesClicked });
    return route.abort('blockedbyclient');
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => watch.navigations.push(frame.url()));
});

/** What an attacker would hope to find inside a container (a shadow root's content included). */
async function dangerousContent(container: Locator): Promise<string[]> {
  return container.evaluate((host) => {
    const roots: ParentNode[] = [host];
    if (host.shadowRoot) roots.push(host.shadowRoot);
    const problems: string[] = [];
    for (const root of roots) {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        if (['script', 'iframe', 'frame', 'object', 'embed', 'form', 'base', 'link', 'input', 'button', 'video', 'audio', 'foreignobject'].includes(tag)) {
          problems.push(`<${tag}>`);
        }
        if (tag === 'meta' && element.hasAttribute('http-equiv')) problems.push('<meta http-equiv>');
        if (tag === 'svg' && root === host) problems.push('<svg> in the article');
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase();
          // Browsers skip blanks and control characters in a URL's scheme: so does this check.
          const value = [...attribute.value].filter((char) => char.charCodeAt(0) > 0x20).join('').toLowerCase();
          if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'].includes(name) && /^(?:javascript|vbscript|data:text)/.test(value)) {
            problems.push(`${tag}[${name}=${attribute.value}]`);
          }
          if (name === 'srcset' || name === 'ping') problems.push(`${tag}[${name}]`);
          if (name === 'style' && /url\(/i.test(attribute.value)) problems.push(`${tag}[style with url()]`);
        }
      }
    }
    return problems;
  });
}

async function expectNothingRan(page: Page, app: BrowserMode): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(watch.navigations.every((url) => url.startsWith(`${app.origin}/`))).toBe(true);
}

async function importCorpus(page: Page, app: BrowserMode): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('import-toggle').click();
  await page.getByTestId('import-tab-files').click();
  await page.getByTestId('import-files').setInputFiles(FILES.map((name) => join(FIXTURES, name)));
  await expect(page.getByTestId('import-summary')).toHaveText(`${FILES.length} importés`, { timeout: 20_000 });
  await page.getByTestId('import-close').click();
}

const rows = (page: Page): Locator => page.getByTestId('article-list').getByRole('option');

test('reads every hostile page as plain text: no script runs, no request leaves, images only on request', async ({ page, app }) => {
  test.setTimeout(120_000);
  await importCorpus(page, app);
  await expect(rows(page)).toHaveCount(FILES.length);

  // Each article opened in the reader: its text is there, and nothing of the attack is.
  for (const file of FILES) {
    await rows(page).filter({ hasText: titleOf(file) }).click();
    await expect(page.getByTestId('reader-title')).toHaveText(titleOf(file));
    const body = page.getByTestId('article-body');
    await expect(body).toContainText(marker(file));
    expect(await dangerousContent(body), file).toEqual([]);
    // Images are listed, but none has a source until the user asks.
    expect(await body.locator('img[src]').count(), file).toBe(0);
    await expectNothingRan(page, app);
  }

  // A title made of markup is shown as the text it is.
  await rows(page).filter({ hasText: 'au conseil de Vauclair' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(titleOf('escape.html'));
  await expect(page.getByTestId('reader-title')).toContainText("<script>alert('titre')</script>");
  await expect(page.getByTestId('article-body')).toContainText('<script>alert("corps")</script>');
  await expect(page.getByTestId('article-body').locator('script')).toHaveCount(0);

  // The Arabic page reads right to left, with its text and without its script.
  await rows(page).filter({ hasText: 'الوادي الأخضر' }).click();
  await expect(page.getByTestId('article-body')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('article-body')).toContainText(marker('arabic.html'));

  // Before the click, not one request for another host; after it, the https images only.
  expect(watch.foreign).toEqual([]);
  await rows(page).filter({ hasText: IMAGES_TITLE }).click();
  await expect(page.getByTestId('article-body')).toContainText(marker('images.html'));
  expect(watch.requests.filter((url) => !url.startsWith(`${app.origin}/`) && !url.startsWith('data:'))).toEqual([]);
  watch.showImagesClicked = true;
  await page.getByTestId('toggle-images').click();
  await expect(page.getByTestId('article-body').locator(`img[src^="https://${IMAGE_HOST}/"]`)).toHaveCount(2);
  await expect.poll(() => watch.foreign.length).toBeGreaterThan(0);
  // Give the page time to try anything else it might.
  await page.waitForTimeout(500);
  for (const { url, afterShowImages } of watch.foreign) {
    expect(afterShowImages, url).toBe(true);
    expect(new URL(url).host, url).toBe(IMAGE_HOST);
    expect(new URL(url).protocol, url).toBe('https:');
  }
  // Whatever else the page tried (the http: image) was stopped by its own CSP before the network.
  const refused = watch.requests.filter((url) => !url.startsWith(`${app.origin}/`) && !url.startsWith('data:') && !url.includes(IMAGE_HOST));
  for (const url of refused) {
    await expect.poll(() => watch.failed.get(url), url).toMatch(/^(?:csp|net::ERR_BLOCKED_BY_CSP)$/);
  }
  // Shown images still carry no srcset, handler or javascript: source.
  expect(await dangerousContent(page.getByTestId('article-body'))).toEqual([]);
  await expectNothingRan(page, app);
});

test('previews and exports a review of the hostile pages with every text escaped', async ({ page, app, api }) => {
  test.setTimeout(120_000);
  await importCorpus(page, app);
  const { hits: articles } = await api('articles.search', {});
  expect(articles).toHaveLength(FILES.length);
  const added = await api('reviews.addItems', {
    date: REVIEW_DATE,
    articleIds: articles.map((article) => article.id),
    lang: 'fr',
  });
  expect(added.added).toHaveLength(FILES.length);
  const reviewId = added.review.id;

  // The preview, in the UI: the review's texts, none of the pages' markup.
  await page.reload();
  await page.getByTestId('review-date').fill(REVIEW_DATE);
  await expect(page.getByTestId('compose')).toBeVisible();
  await page.getByTestId('review-tab-preview').click();
  const preview = page.getByTestId('preview-page');
  // Headlines get French typography (’, non-breaking spaces); the markup stays text.
  const escapedHeadline = preview.locator('h2').filter({ hasText: 'au conseil de Vauclair' });
  await expect(escapedHeadline).toContainText("<script>alert(");
  await expect(escapedHeadline).toContainText('<img src=x onerror=alert(1)>');
  await expect(preview.locator('h2').filter({ hasText: 'Le pont de Clairval' })).toBeVisible();
  await expect(preview.locator('h2')).toHaveCount(FILES.length);
  expect(await dangerousContent(preview)).toEqual([]);
  await expectNothingRan(page, app);
  expect(watch.foreign).toEqual([]);

  // The export template itself: every title, source and author escaped. (Checked as booleans:
  // the page embeds its fonts, too long to print on failure.)
  const { html } = await api('reviews.renderHtml', { reviewId, lang: 'fr' });
  const body = html.slice(html.indexOf('<body>')).replace(/\u00a0|\u202f/g, ' ');
  expect(/<script/i.test(html), '<script in the export').toBe(false);
  expect(/<(?:iframe|object|embed|form|base|link|svg|math)\b/i.test(html), 'active element in the export').toBe(false);
  expect(/<[a-z][^>]*\son[a-z]+\s*=/i.test(html), 'event handler in the export').toBe(false);
  expect(/javascript:|vbscript:|data:text/i.test(body), 'script URL in the export').toBe(false);
  expect(body.includes('evil.invalid'), 'attacker host in the export').toBe(false);
  expect(body.includes('&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;'), 'escaped title').toBe(true);
  expect(body.includes('&lt;img src=x onerror=alert(1)&gt; au conseil de Vauclair'), 'escaped title').toBe(true);
  expect(body.includes('<cite>La Gazette &lt;script&gt;alert(1)&lt;/script&gt;</cite>'), 'escaped source').toBe(true);
  expect(body.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'), 'escaped author').toBe(true);
  expect(body.match(/<h2[ >]/g)?.length, 'one headline per article').toBe(FILES.length);
  expect(body.includes('المجلس البلدي يصادق على ميزانية الوادي الأخضر'), 'Arabic headline').toBe(true);
  // Its only <meta http-equiv> is its own policy, which forbids every script and remote load.
  expect(html.match(/<meta http-equiv=[^>]*>/gi)).toEqual([
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
  ]);

  // DOCX: the titles as escaped XML text, no markup smuggled into the document.
  const docx = await api('reviews.export', { reviewId, format: 'docx', lang: 'fr' });
  const files = unzipSync(Buffer.from(docx.dataBase64, 'base64'));
  const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  expect(documentXml.includes('&lt;script&gt;alert('), 'escaped title in the DOCX').toBe(true);
  expect(/<script/i.test(documentXml), '<script in the DOCX').toBe(false);
  expect(documentXml.includes('evil.invalid'), 'attacker host in the DOCX').toBe(false);
  expect(documentXml.includes('المجلس البلدي يصادق على ميزانية الوادي الأخضر'), 'Arabic headline in the DOCX').toBe(true);

  // PDF: produced from the same template with no request leaving (Chromium offline, CSP in the page).
  const pdf = await api('reviews.export', { reviewId, format: 'pdf', lang: 'fr' });
  const bytes = Buffer.from(pdf.dataBase64, 'base64');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).not.toMatch(/\/JavaScript|\/JS\s*\(|\/Launch/);

  await expectNothingRan(page, app);
  expect(watch.foreign).toEqual([]);
});
