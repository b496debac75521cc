import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { readJsonLd } from '../../../src/core/extract/jsonLd.js';
import { findBylineLine, findUnlabelledByline, isPersonName, labelledLinesIn, nameInByline, readBylineLine } from '../../../src/core/extract/readBylineLine.js';
import { namesOthers } from '../../../src/core/extract/bylineElements.js';
import { readSignedLine } from '../../../src/core/extract/signedLines.js';
import { parseHTML } from 'linkedom';
import { fixture } from './fixtures.js';

/**
 * Byline families in French, Arabic and English pages written for these tests: JSON-LD people
 * written as parts, an organisation as author, labelled fields, bylines with a role and a date
 * glued on, teaser and comment authors that are not the article's, a theme credit in the author
 * tag, a name written surname first, name particles, closing signatures, datelines that open on
 * the date; byline lines with a user name, a date or the post's category glued on, a label and its
 * name on two lines, German, Spanish, Italian and Chinese labels; a name beside a date with no
 * label under the headline (and tags, credits, papers and cities beside a date, which are not
 * names); signature lines after the notes, under the article, in a box beside it (and a menu, a
 * comment and a caption, which sign nothing). Each page states the byline it should give (null:
 * the page names no author).
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
      // The byline line itself is the page's furniture, not the article's text.
      if (want.byline) expect(a.text.split('\n\n').filter((p) => p.length < 160 && p.includes(want.byline ?? '') && /^(?:by|par|von)\s/i.test(p))).toEqual([]);
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

describe('byline lines', () => {
  it('cuts the name at a glued date, the time, the month or the post\'s category', () => {
    expect(readBylineLine('Posted by Konrad 21.10.2019')).toEqual({ author: 'Konrad', source: null, date: '2019-10-21' });
    expect(readBylineLine('Posted in Water by jwarden on August 3, 2019')?.author).toBe('jwarden');
    expect(readBylineLine('Filed under: Books, Notes — jdoe @ 00:11')?.author).toBe('jdoe');
    expect(readBylineLine('Posted by DT in Notes')?.author).toBe('DT');
    expect(readBylineLine('(责编：王明、李华)')?.author).toBe('王明、李华');
    expect(readBylineLine('责任编辑：焦红')?.author).toBe('焦红');
    expect(readBylineLine('Autor: Fabian Roth; Illustrator: Jan Prent')?.author).toBe('Fabian Roth');
    expect(readBylineLine('von auto-news.at Redaktion')?.author).toBe('auto-news.at Redaktion');
    expect(readBylineLine('Par La rédaction')?.author).toBe('La rédaction');
    expect(readBylineLine('بقلم: هيئة التحرير')?.author).toBe('هيئة التحرير');
  });

  it('takes a one-word user name only when nothing but a date follows it', () => {
    expect(readBylineLine('Par ailleurs, le gouvernement a décidé de reporter la réforme')).toBeNull();
    expect(readBylineLine('By then the harbour was closed')).toBeNull();
    expect(readBylineLine('Text Without Notes')).toBeNull();
    expect(readBylineLine('Posted by jwarden on August 3, 2019')?.author).toBe('jwarden');
  });

  it('reads a label and its name set on two lines', () => {
    expect(findBylineLine(['Par', 'Salma Idrissi', 'Le premier paragraphe commence ici.'])?.author).toBe('Salma Idrissi');
    expect(findBylineLine(['بقلم', 'يوسف العلمي'])?.author).toBe('يوسف العلمي');
    // Two labels in a row (one for small screens, one for large): no name between them.
    expect(findBylineLine(['Auteur :', 'Auteur(s) :'])).toBeNull();
  });

  it('reads a wire credit under the headline as the agency', () => {
    expect(findUnlabelledByline(['Trois étés de rationnement prennent fin.', 'MAP, RABAT'])?.author).toBe('MAP');
    expect(findUnlabelledByline(['AP/DPA, BERLIN'])?.author).toBe('AP/DPA');
    expect(findUnlabelledByline(['UPDATE 2, LONDON'])).toBeNull();
  });

  it('takes no tag list, no particle and no domain for a name', () => {
    expect(nameInByline('01.12.2022 / Inseln / Verkehr / Fähren / Nordsee Nachrichten / Wirtschaft')).toBeNull();
    expect(isPersonName('di Parks.it')).toBe(false);
    expect(isPersonName('/ CSP')).toBe(false);
  });

  it('reads a name beside a date without a label, and no label, credit, paper or city beside a date', () => {
    expect(findUnlabelledByline(['Amina Tazi | 05.04.2024 - Mis à jour : 06.04.2024'])).toEqual({ author: 'Amina Tazi', source: null, date: '2024-04-05' });
    expect(findUnlabelledByline(['25.10.2022 - Reiner Vogel'])?.author).toBe('Reiner Vogel');
    expect(findUnlabelledByline(['© Paul Grant', 'Laura Finch', 'on', 'Wednesday, 26 January 2022 - 14:30'])?.author).toBe('Laura Finch');
    expect(findUnlabelledByline(['Sunday, 02.11.2014 | Tags: Water Supply |'])).toBeNull();
    expect(findUnlabelledByline(['Bild: Agentur/hfoto', '20.12.2022'])).toBeNull();
    expect(findUnlabelledByline(['The Coast Ledger | 12 March 2024'])).toBeNull();
    expect(findUnlabelledByline(['RABAT | 12/03/2024'])).toBeNull();
    expect(findUnlabelledByline(['Laura Finch', 'Lire aussi'])).toBeNull();
  });

  it('finds labelled lines anywhere in a page, not in comments, teasers or captions', () => {
    const { document } = parseHTML(`<html><body><nav><a>Von A bis Z</a></nav><div class="tools"><a>纠错</a> <span>责任编辑： 焦红</span></div>
      <div class="comments"><p>Posted by Franz Huber on 3 March 2024</p></div><figure><figcaption>By Paul Grant</figcaption></figure>
      <p>Ein Artikel von <b>Lena Vogt</b></p></body></html>`);
    expect(labelledLinesIn(document.body as unknown as Element, namesOthers)).toEqual(['责任编辑： 焦红', 'Ein Artikel von Lena Vogt']);
  });

  it('takes from those lines a person, not a phrase that opens on a label', () => {
    expect(readSignedLine(['Von A bis Z', 'Par Avion', 'By Design', 'Di Mi Do Fr Sa So', 'Vom Hafen Zur Stadt', 'Autore di Parks.it', 'VON DER SEE Werbeagentur.'], 'de')).toBeNull();
    expect(readSignedLine(['Von A bis Z', 'Autorin: Uta Lang, Projektleiterin'], 'de')?.author).toBe('Uta Lang');
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

  it("keeps a WebPage's author apart, and only when typed Person", () => {
    const page = (author: unknown): string[] => [JSON.stringify({ '@graph': [{ '@type': 'WebPage', name: 'P', author }, { '@type': 'Person', '@id': '#p', name: 'Harald Brenner' }] })];
    expect(readJsonLd(page({ '@id': '#p' }))).toMatchObject({ authors: [], pageAuthors: ['Harald Brenner'] });
    expect(readJsonLd(page('Studio Nine Web Design'))?.pageAuthors).toEqual([]);
    expect(readJsonLd(page({ '@type': 'Organization', name: 'Studio Nine' }))?.pageAuthors).toEqual([]);
  });
});
