import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle';
import { parseDate } from '../../../src/core/extract/parseDate';
import { parseFeed } from '../../../src/core/feeds/parseFeed';
import { RevueError } from '../../../src/shared/errors';
import { articlePage, frenchParagraphs } from '../helpers/articlePage';

/** Runs `run`; anything thrown must be a RevueError (with one of `codes`, when given). */
function typedOrValue<T>(run: () => T, codes?: string[]): T | RevueError {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof RevueError)) throw new Error(`not a RevueError: ${String(error)}`, { cause: error });
    expect(error.message.length).toBeGreaterThan(0);
    if (codes) expect(codes).toContain(error.code);
    return error;
  }
}

const word = fc.oneof(fc.constantFrom('Le', 'gouvernement', 'réforme', 'الحكومة', 'اقتصاد', '2025-03-14', '14 mars 2025', '&amp;', '&nbsp;', '&#0;', '&#xD800;', '<!--', '-->', ']]>', '<![CDATA[', '\u0000', '\uFEFF', '\u202E'), fc.string({ maxLength: 12 }));
const textRun = fc.array(word, { maxLength: 30 }).map((words) => words.join(' '));

/** Tag soup: real element and attribute names, nested at random, left unclosed or closed twice. */
function tagSoup(tags: readonly string[], attributes: readonly string[]): fc.Arbitrary<string> {
  const attribute = fc.tuple(fc.constantFrom(...attributes), fc.oneof(textRun, fc.string())).map(([name, v]) => ` ${name}="${v}"`);
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      textRun,
      fc
        .tuple(fc.constantFrom(...tags), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.constantFrom('close', 'open', 'self', 'twice', 'wrong'))
        .map(([tag, attrs, children, ending]) => {
          const inner = children.join('');
          const open = `<${tag}${attrs.join('')}${ending === 'self' ? '/' : ''}>`;
          if (ending === 'open') return open + inner;
          if (ending === 'twice') return `${open}${inner}</${tag}></${tag}>`;
          if (ending === 'wrong') return `${open}${inner}</${tags[(tag.length * 7) % tags.length] ?? 'div'}>`;
          return `${open}${inner}</${tag}>`;
        }),
    ),
  }));
  return node;
}

const HTML_TAGS = ['html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'article', 'main', 'section', 'div', 'p', 'h1', 'h2', 'span', 'a', 'img', 'figure', 'figcaption', 'table', 'tr', 'td', 'ul', 'li', 'br', 'time', 'header', 'footer', 'nav', 'aside', 'noscript', 'template', 'svg', 'math', 'iframe', 'form', 'input', 'blockquote', 'pre', 'code', 'base'];
const HTML_ATTRIBUTES = ['class', 'id', 'lang', 'dir', 'href', 'src', 'srcset', 'content', 'property', 'name', 'itemprop', 'datetime', 'style', 'hidden', 'aria-hidden', 'rel', 'charset', 'onload', 'data-src'];
const FEED_TAGS = ['rss', 'channel', 'item', 'title', 'link', 'guid', 'description', 'pubDate', 'dc:date', 'content:encoded', 'feed', 'entry', 'id', 'updated', 'published', 'summary', 'content', 'author', 'name', 'atom:link', 'rdf:RDF', 'image', 'source', 'enclosure', 'category'];
const FEED_ATTRIBUTES = ['href', 'rel', 'type', 'xml:base', 'isPermaLink', 'src', 'xmlns', 'xmlns:atom', 'version', 'rdf:about', 'url'];

const validPage = articlePage({ title: 'La réforme du budget', site: 'Le Quotidien', date: '2025-03-14', author: 'Claire Martin', paragraphs: frenchParagraphs('budget') });
const validFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Le Quotidien</title><link>https://q.example/</link>
<item><title>Réforme &amp; budget</title><link>/a</link><guid>a1</guid><pubDate>Fri, 14 Mar 2025 08:00:00 +0100</pubDate><description><![CDATA[<p>Le <b>budget</b></p>]]></description></item>
<item><title>Élection</title><link>https://q.example/b</link><dc:date>2025-03-13</dc:date></item></channel></rss>`;

/** A document with a slice cut out, a slice repeated, or random text spliced in: what a broken download looks like. */
function mutated(source: string): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.nat({ max: source.length }), fc.nat({ max: 200 }), fc.constantFrom('cut', 'repeat', 'insert'), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 4 })
    .map((edits) => {
      let out = source;
      for (const [at, length, kind, insert] of edits) {
        const start = at % (out.length + 1);
        if (kind === 'cut') out = out.slice(0, start) + out.slice(start + length);
        else if (kind === 'repeat') out = out.slice(0, start + length) + out.slice(start, start + length) + out.slice(start + length);
        else out = out.slice(0, start) + insert + out.slice(start);
      }
      return out;
    });
}

describe('the extractor under random and broken pages', () => {
  it('returns an article or throws a RevueError, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated(validPage), tagSoup(HTML_TAGS, HTML_ATTRIBUTES)), fc.option(fc.constantFrom('https://q.example/a', 'not a url', '', 'javascript:alert(1)')), (html, url) => {
        const result = typedOrValue(() => extractArticle(html, { url, input: 'fuzz' }));
        if (!(result instanceof RevueError)) {
          expect(typeof result.title).toBe('string');
          expect(result.text).toMatch(/[\p{L}\p{N}]/u);
          // Sanitised: no script element, no event handler attribute inside a tag.
          expect(result.html).not.toMatch(/<script|<[^>]*\son\w+\s*=/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the feed parser under random and broken XML', () => {
  it('returns a feed or throws FEED_MALFORMED, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated(validFeed), tagSoup(FEED_TAGS, FEED_ATTRIBUTES).map((soup) => `<?xml version="1.0"?>${soup}`)), (xml) => {
        const result = typedOrValue(() => parseFeed(xml, 'https://q.example/rss'), ['FEED_MALFORMED']);
        if (!(result instanceof RevueError)) {
          expect(Array.isArray(result.items)).toBe(true);
          for (const item of result.items) expect(typeof item.guid).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the date parser under any text', () => {
  const dateLike = fc
    .tuple(fc.integer({ min: -5, max: 10_000 }), fc.integer({ min: -1, max: 40 }), fc.integer({ min: -1, max: 40 }), fc.constantFrom('-', '/', '.', ' ', ' | ', '年'), fc.constantFrom('', 'T25:61:99', ' 10h30', ' 12:00 pm', 'Z', '+14:00', ' janvier', ' févr.', ' de marzo de'))
    .map(([y, m, d, sep, tail]) => [`${y}${sep}${m}${sep}${d}${tail}`, `${d}${sep}${m}${sep}${y}${tail}`, `${d} mars ${y}`, `${String(y).padStart(10, '1')}`][Math.abs(y + m + d) % 4] ?? '');

  it('returns null or a real ISO date between 1900 and 2100, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateLike, fc.string({ unit: fc.constantFrom('٠', '١', '٢', '۳', '0', '1', '9', '-', '/', ' ', 'T', ':') })), fc.option(fc.constantFrom('fr', 'en', 'de', 'es', 'ar', 'xx', '')), (text, lang) => {
        const iso = parseDate(text, { lang });
        if (iso === null) return;
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2})?)?$/);
        expect(Number.isNaN(Date.parse(iso))).toBe(false);
        const year = Number(iso.slice(0, 4));
        expect(year).toBeGreaterThanOrEqual(1900);
        expect(year).toBeLessThanOrEqual(2100);
        // The day written is the day read: no 31 February rolled over into March.
        const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
        expect(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d)).getUTCDate()).toBe(d);
      }),
      { numRuns: 500 },
    );
  });
});
