import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { readJsonLd } from '../../../src/core/extract/jsonLd.js';
import { isPersonName, nameInByline, readBylineLine } from '../../../src/core/extract/readBylineLine.js';
import { fixture } from './fixtures.js';

/**
 * Byline families in French, Arabic and English pages written for these tests: JSON-LD people
 * written as parts, an organisation as author, labelled fields, bylines with a role and a date
 * glued on, teaser and comment authors that are not the article's, a theme credit in the author
 * tag, a name written surname first, name particles, closing signatures, datelines that open on
 * the date. Each page states the byline it should give (null: the page names no author).
 */
const dir = fileURLToPath(new URL('../../fixtures/extract/bylines/', import.meta.url));
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();

describe('byline families', () => {
  it('has French, Arabic and English pages', () => {
    for (const lang of ['fr', 'ar', 'en']) expect(pages.filter((p) => p.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(4);
  });

  for (const page of pages) {
    it(`reads the author of ${page}, and keeps the whole article`, () => {
      const want = JSON.parse(fixture(`bylines/${page.replace(/\.html$/, '.json')}`)) as { byline: string | null; title: string };
      const a = extractArticle(fixture(`bylines/${page}`), { url: 'https://news.example.org/2024/03/12/port' });
      expect(a.byline).toBe(want.byline);
      expect(a.title).toBe(want.title);
      // Byline markup is read, not removed from the article: its five paragraphs are all there.
      expect(a.text.split('\n\n').filter((p) => p.length > 80)).toHaveLength(5);
    });
  }
});

describe('names in byline text', () => {
  it('cuts the label, the role, the date and the brackets around a name', () => {
    expect(nameInByline('by Steve Moreland Contributor June 21, 2017')).toBe('Steve Moreland');
    expect(nameInByline('Von Jörn Weber am 08.12.2022')).toBe('Jörn Weber');
    expect(nameInByline('Redaktion: Eberhard Lang (Pressesprecher des Verbands)')).toBe('Eberhard Lang');
    expect(nameInByline('Nathan Wills March 25, 2015')).toBe('Nathan Wills');
    expect(nameInByline('29. Juni 2017, 23:39 · von Tobi')).toBe('Tobi');
    expect(nameInByline('Par Amina Tazi | Le Matin | 12/03/2015')).toBe('Amina Tazi');
    expect(nameInByline('بقلم: يوسف العلمي - الصباح - 05/06/2024')).toBe('يوسف العلمي');
    expect(nameInByline('Text & Fotos: Ivan Novak')).toBe('Ivan Novak');
  });

  it('takes one word as a name only after a label, or in author markup when it is written as a user name', () => {
    expect(nameInByline('Gespeichert von rasos am 24. Juli 2017')).toBe('rasos');
    expect(nameInByline('KleineGrüneMonster', true)).toBe('KleineGrüneMonster');
    expect(nameInByline('Kontakt', true)).toBeNull();
    expect(nameInByline('Donnerstag, 4. November 2021')).toBeNull();
    expect(nameInByline('Artikel von')).toBeNull();
    expect(nameInByline('By')).toBeNull();
  });

  it('tells a name as people write it from a credit or an institute', () => {
    expect(isPersonName('Jose de la Cruz')).toBe(true);
    expect(isPersonName('يوسف العلمي')).toBe(true);
    expect(isPersonName('Fox designed')).toBe(false);
    expect(isPersonName('Landesanstalt für Wald')).toBe(false);
    expect(isPersonName('link78')).toBe(false);
  });

  it('reads a dateline that opens on the date', () => {
    expect(readBylineLine('05.02.2024 - Redaktion: Eberhard Lang (Pressesprecher)', 'de')).toEqual({ author: 'Eberhard Lang', source: null, date: '2024-02-05' });
    expect(readBylineLine('05.02.2024 - Stuttgart')).toBeNull();
  });
});

describe('JSON-LD authors', () => {
  const block = (author: unknown): string[] => [JSON.stringify({ '@type': 'NewsArticle', headline: 'H', author })];

  it('keeps organisations apart from people, through @id references too', () => {
    const graph = JSON.stringify({
      '@graph': [
        { '@type': 'NewsArticle', headline: 'H', author: [{ '@id': '#p1' }, { '@id': '#org' }] },
        { '@type': ['Person'], '@id': '#p1', name: 'Harriet Lane' },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Northern Lookout' },
      ],
    });
    expect(readJsonLd([graph])).toMatchObject({ authors: ['Harriet Lane'], authorOrganisations: ['The Northern Lookout'] });
    expect(readJsonLd(block({ '@type': 'Person', givenName: 'Anna Giulia', familyName: 'Fink' }))?.authors).toEqual(['Anna Giulia Fink']);
    expect(readJsonLd(block('Omar Tazi'))?.authors).toEqual(['Omar Tazi']);
  });
});
