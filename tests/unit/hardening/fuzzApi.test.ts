import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedPrinter } from '../../../src/core/export/exportReview';
import { DESKTOP_METHODS, IN_PROCESS_METHODS, METHODS, type Method, type Result } from '../../../src/shared/contract';
import { ERROR_CODES } from '../../../src/shared/errors';
import { articlePage, frenchParagraphs } from '../helpers/articlePage';
import { closedPort } from '../fetch/localServer';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

/** What a page can call over IPC or HTTP: the methods naming local files, and the desktop's save dialog, are not among them. */
const TRANSPORT_METHODS = METHODS.filter((m) => !IN_PROCESS_METHODS.has(m) && !(DESKTOP_METHODS as readonly Method[]).includes(m));

/**
 * Every method of the contract a transport reaches, fed random values and mutations of a valid call, through
 * dispatch over a real archive: the answer is always a Result, and a failure is always one of
 * our error codes with a message, never INTERNAL (an exception nobody turned into a RevueError).
 */

let archive: TestArchive;
let valid: Partial<Record<Method, Record<string, unknown>>>;
const savedChromium = process.env.REVUE_CHROMIUM;

beforeAll(async () => {
  // A PDF export must answer CHROMIUM_NOT_FOUND here, not start a browser.
  process.env.REVUE_CHROMIUM = '/nonexistent/chromium';
  archive = openTestArchive();
  const a1 = archive.addArticle('réforme');
  const a2 = archive.addArticle('budget');
  const a3 = archive.addArticle('élection');
  const { review } = await archive.call('reviews.addItems', { date: '2025-03-14', articleIds: [a1, a2], lang: 'fr' });
  const s1 = review.sections[0]?.id ?? 0;
  const s2 = (await archive.call('sections.add', { reviewId: review.id, name: 'Monde' })).sections.at(-1)?.id ?? 0;
  const item = review.items[0]?.id ?? 0;
  const highlight = (await archive.call('highlights.create', { articleId: a1, exact: 'réforme' })).id;
  const port = await closedPort();
  const page = Buffer.from(articlePage({ title: 'Page importée', paragraphs: frenchParagraphs('importée') })).toString('base64');
  valid = {
    'settings.get': {},
    'settings.update': { uiLanguage: 'fr', organisation: 'Ministère', defaultSections: ['Une'], chromiumPath: '/nonexistent/chromium', retentionDays: 90 },
    'reviews.create': { date: '2025-03-15', edition: 'soir', title: 'Revue', lang: 'fr', copySectionsFrom: { date: '2025-03-14' } },
    'reviews.update': { id: review.id, title: 'Titre', intro: 'Intro', layout: 'newspapers' },
    'reviews.previous': { date: '2025-03-15', edition: '' },
    'reviews.candidates': { reviewId: review.id },
    'reviews.undo': { reviewId: review.id },
    'reviews.redo': { reviewId: review.id },
    'reviews.renderHtml': { reviewId: review.id, lang: 'en', embedFonts: false },
    'reviews.fontFaces': {},
    'reviews.export': { reviewId: review.id, format: 'docx', layout: 'sections', lang: 'fr' },
    'sections.add': { reviewId: review.id, name: 'Culture', position: 1 },
    'sections.rename': { id: s1, name: 'À la une' },
    'sections.move': { id: s2, position: 0 },
    'sections.remove': { id: s2, moveItemsTo: s1 },
    'items.move': { id: item, sectionId: s1, position: 1 },
    'items.remove': { id: item },
    'items.update': { id: item, headline: 'Titre', summary: 'Résumé', comment: 'Note', quoteIds: [highlight] },
    'items.fillSummaries': { reviewId: review.id },
    'reviews.get': { date: '2025-03-14', edition: '' },
    'reviews.list': {},
    'articles.get': { id: a1 },
    'articles.search': { query: 'réforme budget', asYouType: true, sort: 'relevance', from: '2025-01-01', to: '2025-12-31', source: 'Le Quotidien', lang: 'fr', tag: 'Politique', unused: true, limit: 5, offset: 0, exactCount: true },
    'articles.dayOffset': { query: 'réforme', asYouType: true, from: '2025-01-01', to: '2025-12-31', source: 'Le Quotidien', lang: 'fr', tag: 'Politique', unused: true, day: '2025-03-01' },
    'articles.facets': {},
    'articles.update': { id: a3, title: 'Titre', siteName: null, byline: 'Claire', publishedTime: '2025-03-14T08:00:00+01:00', lang: 'fr', summary: '', comment: '' },
    'articles.delete': { ids: [a3] },
    'articles.usage': { ids: [a3] },
    'articles.restore': { ids: [a3] },
    'articles.setTags': { id: a1, tags: ['Politique', 'Économie'] },
    'articles.addTag': { ids: [a1, a2], tag: 'Une' },
    'tags.list': { prefix: 'P' },
    'highlights.list': { articleId: a1 },
    'highlights.create': { articleId: a1, exact: 'réforme', prefix: '', suffix: '', color: 'green', note: 'n' },
    'highlights.update': { id: highlight, color: 'blue', note: 'note' },
    'highlights.delete': { id: highlight },
    'reviews.addItems': { date: '2025-03-14', edition: '', articleIds: [a3], sectionId: s1, position: 0, lang: 'fr' },
    // Nothing listens on this port: a fetch fails at once, and nothing leaves the machine.
    'import.urls': { urls: [`http://127.0.0.1:${port}/page`] },
    'import.files': { files: [{ name: 'page.html', dataBase64: page }] },
    'import.text': { text: 'Un texte collé sur la réforme du budget.', url: 'https://quotidien.example/colle' },
    'import.previewText': { text: 'Titre\nTexte.' },
    // The same closed port: a send fails at once with SMTP_UNREACHABLE.
    'smtp.get': {},
    'smtp.update': { host: '127.0.0.1', port, security: 'starttls', username: '', from: 'Revue <revue@example.org>', replyTo: '', allowInvalidCertificate: false, maxRecipientsPerMessage: 10 },
    'smtp.test': { lang: 'fr' },
    'lists.list': {},
    'lists.save': { name: 'Direction', addresses: ['dir@example.org', 'Rédaction <red@example.org>'] },
    'lists.remove': { name: 'Direction' },
    'send.preview': { reviewId: review.id, lang: 'fr', includeComments: true },
    'send.plan': { reviewId: review.id, to: ['a@example.org'] },
    'send.send': { reviewId: review.id, lang: 'fr', to: ['a@example.org'], attach: ['docx'], includeComments: false, confirmResend: true, allowEmpty: true },
    'send.retry': { logId: 1 },
    'send.log': { reviewId: review.id },
    'topics.list': {},
    'topics.create': { name: 'Budget', query: 'budget -sport "loi de finances" réform*', color: 'green', section: 'Économie' },
    'topics.update': { id: 1, name: 'Budget', query: 'budget', color: '#123abc', section: null },
    'topics.remove': { id: 1 },
    'inbox.get': { since: '2025-03-01', today: '2025-03-15' },
    'inbox.triage': { articleIds: [a2], decision: 'retained', topicId: null, reviewDate: '2025-03-15' },
    'inbox.untriage': { articleIds: [a2] },
    'archive.purge': { dryRun: true },
    'publications.list': {},
    'publications.resolve': { name: 'Le Monde.fr', url: 'https://www.lemonde.fr/a' },
    'publications.add': { name: 'La Gazette du Port', type: 'weekly', lang: 'fr', country: 'MA', aliases: ['Gazette du Port'], domains: ['gazette-port.example'] },
    'publications.update': { id: 1, name: 'Le Monde', type: 'daily', lang: 'fr', country: 'FR', editionOf: null },
    'publications.addAlias': { id: 1, alias: 'Le Monde (Paris)' },
    'publications.removeAlias': { id: 1, alias: 'Le Monde (Paris)' },
    'publications.merge': { from: 2, into: 1 },
    'siteRules.list': {},
    'siteRules.save': { domain: 'quotidien.example', body: 'article .corps', remove: ['.pub', 'aside'] },
    'siteRules.remove': { domain: 'quotidien.example' },
    'siteRules.preview': { articleId: a1, body: 'main', remove: [] },
    'articles.reextract': { id: a1 },
    'sources.list': {},
    'sources.preview': { url: `http://127.0.0.1:${port}/rss` },
    'sources.add': { url: `http://127.0.0.1:${port}/rss`, name: 'Flux', every: 30, links: 'h2 a' },
    'sources.update': { id: 1, name: 'Flux', every: 60, publication: null, lang: 'fr' },
    'sources.setEnabled': { ids: [1], enabled: false },
    'sources.remove': { ids: [1] },
    'sources.importOpml': { opml: '<opml version="2.0"><body><outline xmlUrl="#flux"/></body></opml>' },
    'sources.exportOpml': {},
    'refresh.run': { all: true, waitMs: 0 },
    'refresh.status': {},
  };
});

afterAll(async () => {
  if (process.env.FUZZ_STATS) console.log([...stats].sort().map(([k, n]) => `${k}: ${n}`).join('\n'));
  archive.close();
  await closeSharedPrinter();
  if (savedChromium === undefined) delete process.env.REVUE_CHROMIUM;
  else process.env.REVUE_CHROMIUM = savedChromium;
});

/** A string that is never a host name or a URL, so that no mutation sends a request off this machine. */
const local = (s: string): string => (/^\s*([\w-]+(\.[\w-]+)+|[a-z][\w+.-]*:\/\/)/i.test(s) ? `#${s}` : s);
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })).map(local);

/** Values that break careless code: huge, negative, not finite, surrogate halves, control characters. */
const NASTY: unknown[] = [
  'x'.repeat(3_000_000), '', ' ', '\u0000', '\uD800', '\uDFFF\uD800', '\u202E\u200F', 'é'.normalize('NFD'), '🇫🇷👩‍👩‍👧',
  '"', '*', 'NEAR(', 'a OR', '-', '^', ':', '\'; DROP TABLE articles; --', '../../etc/passwd', '%00', '<script>alert(1)</script>',
  -1, 0, 1.5, -0, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE, -(2 ** 63),
  null, undefined, true, false, [], {}, [null], [-1], [0], Array.from({ length: 10_001 }, (_, i) => i + 1),
  new Date(0), 10n, Object.create(null), { toString: 'x', valueOf: 'y' },
];
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: text },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 2, arbitrary: fc.anything({ values: [text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)], maxDepth: 3, withNullPrototype: true }) },
);
const POLLUTING = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

type Mutation =
  | { kind: 'drop'; pick: number }
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'element'; pick: number; value: unknown }
  | { kind: 'whole'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value }) },
  fc.record({ kind: fc.constant('extra' as const), key: fc.oneof(fc.constantFrom(...POLLUTING), fc.string()), value }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('element' as const), pick: fc.nat(), value }) },
  fc.record({ kind: fc.constant('whole' as const), value }),
);

/** The mutated copy; own `__proto__` keys are defined as data, as JSON.parse would give them. */
function mutate(input: Record<string, unknown>, mutations: Mutation[]): unknown {
  let out: unknown = structuredClone(input);
  for (const m of mutations) {
    if (typeof out !== 'object' || out === null || Array.isArray(out)) out = {};
    const object = out as Record<string, unknown>;
    const keys = Object.keys(object);
    const key = keys.length ? keys[('pick' in m ? m.pick : 0) % keys.length] : undefined;
    if (m.kind === 'whole') out = m.value;
    else if (m.kind === 'drop' && key !== undefined) delete object[key];
    else if (m.kind === 'set' && key !== undefined) Object.defineProperty(object, key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (m.kind === 'extra') Object.defineProperty(object, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    else if (m.kind === 'element') {
      const list = keys.map((k) => object[k]).find((v): v is unknown[] => Array.isArray(v));
      if (list) list[m.pick % (list.length + 1)] = m.value;
    }
  }
  return out;
}

const isoDay = fc.date({ min: new Date('1890-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const shortText = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 })).map(local);

/** A value of the same type as `sample`: the input still passes the schema, and reaches the service. */
function sameType(key: string, sample: unknown): fc.Arbitrary<unknown> {
  if (typeof sample === 'number') return fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 2 ** 31 }));
  if (typeof sample === 'boolean') return fc.boolean();
  if (typeof sample === 'string') return /date|from|to|publishedTime/i.test(key) ? isoDay : shortText;
  if (Array.isArray(sample)) return fc.array(sameType(key, sample[0]), { minLength: 1, maxLength: 5 });
  if (sample !== null && typeof sample === 'object') return plausible(sample as Record<string, unknown>);
  return fc.constant(sample);
}

/** The valid input with some of its values swapped for others of the same type. */
function plausible(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(base).map(([key, sample]) => [key, fc.option(sameType(key, sample), { freq: 2, nil: undefined })] as const);
  return fc.record(Object.fromEntries(entries)).map((swapped) => {
    const out = { ...base };
    for (const [key, v] of Object.entries(swapped)) if (v !== undefined) out[key] = v;
    return out;
  });
}

const internal: string[] = [];
const stats = new Map<string, number>();

/** What a caller may receive: a Result, and a failure always typed, explained and expected. */
function checkResult(method: string, input: unknown, result: Result<unknown>): void {
  expect(typeof result.ok).toBe('boolean');
  if (process.env.FUZZ_STATS) stats.set(`${method} ${result.ok ? 'ok' : result.error.code}`, (stats.get(`${method} ${result.ok ? 'ok' : result.error.code}`) ?? 0) + 1);
  if (result.ok) {
    // Imports answer per input: each failure among them is typed the same way.
    const outcomes = Array.isArray(result.value) ? (result.value as { status?: string; code?: string; message?: string }[]) : [];
    for (const outcome of outcomes.filter((o) => o.status === 'failed')) {
      expect(ERROR_CODES).toContain(outcome.code);
      expect(outcome.code).not.toBe('INTERNAL');
      expect(outcome.message).toBeTruthy();
    }
    return;
  }
  expect(ERROR_CODES).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.trim().length).toBeGreaterThan(0);
  expect(() => JSON.stringify(result.error)).not.toThrow();
  if (result.error.code === 'INTERNAL') {
    internal.push(`${method}(${String(JSON.stringify(input))?.slice(0, 200)}): ${result.error.message}`);
    throw new Error(`INTERNAL from ${method}: ${result.error.message}`);
  }
}

/** Slow methods (a DOCX build, a page extraction, a send retried through a mail server that refuses) get fewer runs: the suite must stay quick. */
const RUNS: Partial<Record<Method, number>> = { 'reviews.export': 30, 'import.files': 40, 'import.text': 40, 'reviews.create': 60, 'send.retry': 30 };

describe('every API method under random and mutated input', () => {
  it.each(TRANSPORT_METHODS)('%s answers a typed Result, never an exception', async (method) => {
    const base = valid[method] ?? {};
    const runs = RUNS[method] ?? 80;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const input = mutate(base, mutations);
        checkResult(method, input, await archive.revue.dispatch(method, input));
      }),
      { numRuns: runs },
    );
    await fc.assert(
      fc.asyncProperty(value, async (input) => {
        checkResult(method, input, await archive.revue.dispatch(method, input));
      }),
      { numRuns: Math.ceil(runs / 2) },
    );
    await fc.assert(
      fc.asyncProperty(plausible(base), async (input) => {
        checkResult(method, input, await archive.revue.dispatch(method, input));
      }),
      { numRuns: runs },
    );
    // The valid call itself works, or fails with a reason a user can act on (a gone item, no Chromium).
    checkResult(method, base, await archive.revue.dispatch(method, base));
  });

  it('refuses, as unknown, the methods that name local files and the desktop save dialog', async () => {
    for (const method of [...IN_PROCESS_METHODS, ...DESKTOP_METHODS]) {
      expect(await archive.revue.dispatch(method, { path: '/tmp/x', inputs: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('answers INVALID_INPUT for a method that does not exist', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, value), async (method) => {
        fc.pre(typeof method !== 'string' || !(METHODS as string[]).includes(method));
        const result = await archive.revue.dispatch(method, {});
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }),
      { numRuns: 100 },
    );
  });

  it('searches any query text the user can type without an internal error', async () => {
    const queryText = fc.oneof(
      text,
      fc.array(fc.constantFrom('"', '*', '(', ')', '-', '+', '^', ':', 'NEAR', 'AND', 'OR', 'NOT', 'réforme', 'ب', '’', ' ', '\u0000', 'a*', '"x'), { maxLength: 12 }).map((parts) => parts.join('')),
    ).map((s) => s.slice(0, 500));
    await fc.assert(
      fc.asyncProperty(queryText, fc.boolean(), fc.constantFrom('date', 'relevance'), async (query, asYouType, sort) => {
        const input = { query, asYouType, sort };
        checkResult('articles.search', input, await archive.revue.dispatch('articles.search', input));
      }),
      { numRuns: 300 },
    );
  });
});
