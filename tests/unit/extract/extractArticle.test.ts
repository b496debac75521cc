import { describe, expect, it } from 'vitest';
import { RevueError } from '../../../src/shared/errors.js';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { fixture } from './fixtures.js';

describe('extractArticle on an ordinary article', () => {
  const a = extractArticle(fixture('article-jsonld.html'), { url: 'https://gazette.example.com/x?utm=1' });

  it('takes title, authors, site and date from JSON-LD and OpenGraph', () => {
    expect(a.title).toBe('Lighthouse keepers return to Gullrock Island');
    expect(a.byline).toBe('Maren Holt, Tobias Reed');
    expect(a.siteName).toBe('The Harbour Gazette');
    expect(a.publishedTime).toBe('2024-05-17T08:30:00+01:00');
    expect(a.url).toBe('https://gazette.example.com/2024/05/17/lighthouse-keepers');
    expect(a.lang).toBe('en');
    expect(a.dir).toBe('ltr');
  });

  it('gives plain text paragraphs separated by exactly one blank line, without navigation', () => {
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^For the first time in forty years/);
    expect(paragraphs.some((p) => p.startsWith('The trust said storms'))).toBe(true);
    expect(a.text).not.toMatch(/\n{3,}/);
    expect(a.text).not.toContain('Subscribe');
    expect(a.text).not.toContain('hijacked');
  });

  it('sanitises the HTML: no scripts, frames, handlers or javascript: links, images kept', () => {
    expect(a.html).not.toMatch(/<script|<style|<iframe|onclick|onerror|javascript:/i);
    expect(a.html).toContain('src="https://gazette.example.com/img/tower.jpg"');
    expect(a.html).toContain('href="https://gazette.example.com/lighthouses"');
  });
});

describe('pages without an article', () => {
  it.each([
    ['an empty page', ''],
    ['a script-only page', '<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>'],
    ['a page of empty tags', '<html><body><div><span> </span></div></body></html>'],
  ])('rejects %s with EMPTY_PAGE', (_name, html) => {
    try {
      extractArticle(html, { input: 'page.html' });
      expect.unreachable();
    } catch (error) {
      expect(RevueError.is(error)).toBe(true);
      expect((error as RevueError).code).toBe('EMPTY_PAGE');
      expect((error as RevueError).params).toEqual({ input: 'page.html' });
    }
  });

  it('survives malformed HTML and keeps its text', () => {
    const html = '<html><body><div><p>Unclosed <b>bold <i>mixed</b> tags</i> that a tolerant parser must still read correctly in one piece.<p>Second paragraph with <a href="x">a link';
    const a = extractArticle(html);
    expect(a.text).toContain('Unclosed bold mixed tags');
    expect(a.text).toContain('Second paragraph with a link');
  });
});

describe('huge pages', () => {
  it('refuses a 50 MB page at once instead of parsing it', () => {
    const html = '<p>x</p>'.repeat(50 * 1024 * 1024 / 8);
    const started = performance.now();
    expect(() => extractArticle(html, { input: 'big.html' })).toThrow(RevueError);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
