import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSummaryOnly, looksLikeFeed } from '../../../src/core/feeds/parseFeed.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('looksLikeFeed', () => {
  it.each(['rss2-fr.xml', 'rss1-rdf.xml', 'atom.xml', 'rss2-ar.xml', 'broken-garbage.xml', 'broken-unclosed.xml'])(
    'recognises %s as a feed',
    (name) => expect(looksLikeFeed(fixture(name))).toBe(true),
  );

  it('tells a web page from a feed, even one that links to its feed', () => {
    expect(looksLikeFeed(fixture('not-a-feed.html'))).toBe(false);
    expect(looksLikeFeed('<html><body><pre>&lt;rss version="2.0"&gt;</pre><feed-widget></feed-widget></body></html>')).toBe(false);
    expect(looksLikeFeed('')).toBe(false);
  });

  it('sees a feed behind an XML stylesheet instruction and comments', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<?xml-stylesheet href="/rss.xsl"?>\n<!-- généré -->\n<rss version="2.0">')).toBe(true);
  });
});

describe('isSummaryOnly', () => {
  const long = `<p>${'Un paragraphe de l’article complet, avec des détails. '.repeat(20)}</p>`;

  it('is true for a short description without full content', () => {
    expect(isSummaryOnly({ summaryHtml: '<p>Chaleur attendue dès jeudi.</p>', contentHtml: null })).toBe(true);
    expect(isSummaryOnly({ summaryHtml: null, contentHtml: null })).toBe(true);
  });

  it('is false when the feed carries the full text, in content:encoded or in the description', () => {
    expect(isSummaryOnly({ summaryHtml: '<p>Court.</p>', contentHtml: long })).toBe(false);
    expect(isSummaryOnly({ summaryHtml: long, contentHtml: null })).toBe(false);
  });

  it('is true for a long description cut with "[…]" or "Lire la suite"', () => {
    expect(isSummaryOnly({ summaryHtml: `${long} [&hellip;]`, contentHtml: null })).toBe(true);
    expect(isSummaryOnly({ summaryHtml: `${long}<a href="/a">Lire la suite</a>`, contentHtml: null })).toBe(true);
  });

  it('counts text, not markup', () => {
    const markupHeavy = `<div class="${'x'.repeat(2000)}"><p>Trois mots seulement.</p></div>`;
    expect(isSummaryOnly({ summaryHtml: markupHeavy, contentHtml: markupHeavy })).toBe(true);
  });
});
