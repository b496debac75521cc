import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { fixture } from './fixtures.js';

/**
 * Noise families (paywall, read-also, tags and breadcrumbs, share and comment policy, picture alt
 * text and credits, "last updated" and print lines, print mastheads, live-blog controls, embedded
 * posts) in French, Arabic and English pages. Each page comes with the article's own paragraphs:
 * all of them must be there (recall) and nothing else (precision).
 */
interface Expected {
  title: string;
  paragraphs: string[];
  without: string[];
}

const dir = fileURLToPath(new URL('../../fixtures/extract/noise/', import.meta.url));
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

function words(s: string): string[] {
  return s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Bag-of-words precision and recall of `got` against `want`, as the evaluation corpus scores them. */
function precisionRecall(want: string, got: string): { precision: number; recall: number } {
  const bag = new Map<string, number>();
  for (const w of words(want)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const g = words(got);
  let common = 0;
  for (const w of g) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  return { precision: g.length ? common / g.length : 0, recall: common / words(want).length };
}

describe('noise families removed from the body, nothing of the article lost', () => {
  it('has a French, an Arabic and an English page of each kind', () => {
    for (const kind of ['news', 'live', 'print', 'captions', 'promo', 'paywall', 'stamps', 'live-more', 'authorbox']) for (const lang of ['fr', 'ar', 'en']) expect(pages).toContain(`${lang}-${kind}.html`);
  });

  for (const page of pages) {
    it(`keeps only the article in ${page}`, () => {
      const want = JSON.parse(fixture(`noise/${page.replace(/\.html$/, '.json')}`)) as Expected;
      const a = extractArticle(fixture(`noise/${page}`), { url: 'https://news.example.org/a' });
      for (const p of want.paragraphs) expect(a.text, p.slice(0, 40)).toContain(p);
      expect(a.text.startsWith(want.paragraphs[0] ?? ''), a.text.slice(0, 200)).toBe(true);
      expect(a.text.endsWith(want.paragraphs[want.paragraphs.length - 1] ?? ''), a.text.slice(-200)).toBe(true);
      for (const noise of want.without) {
        expect(a.text, noise).not.toContain(noise);
        // The stored HTML shows the same: its visible text holds none of the noise (an <img alt> is not shown).
        expect(a.html.replace(/<[^>]*>/g, ' '), noise).not.toContain(noise);
      }
      const { precision, recall } = precisionRecall(want.paragraphs.join('\n\n'), a.text);
      expect(recall).toBe(1);
      expect(precision).toBe(1);
      expect(a.title).toBe(want.title);
    });
  }
});
