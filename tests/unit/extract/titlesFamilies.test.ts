import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { chooseTitle } from '../../../src/core/extract/chooseTitle.js';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { readMetadata } from '../../../src/core/extract/readMetadata.js';
import { titleParts } from '../../../src/core/extract/titleParts.js';
import { fixture } from './fixtures.js';

/**
 * Headlines where the page's <h1> is not the headline or not all of it: a kicker that og:title
 * keeps, a category label it should not keep, a widget's <h1>, the site's host name or blog name
 * in the <h1> (spelled with another dash than og:site_name), a wiki banner that repeats the end of
 * <title>, a site name after the headline. French, Arabic and English pages.
 */
const CASES: { file: string; title: string; why: string }[] = [
  { file: 'fr-kicker.html', title: 'Plan de circulation : Le centre-ville sans voitures le week-end', why: 'og:title is the kicker and the <h1>' },
  { file: 'en-category-label.html', title: 'Keep the high street open to cars at weekends', why: 'a one-word label before the colon is not a kicker' },
  { file: 'en-widget-h1.html', title: 'Town centre to close to cars at weekends', why: "a widget's <h1> shares no word with <title>" },
  { file: 'ar-domain-h1.html', title: 'مخطط سير جديد لوسط المدينة', why: 'an <h1> that is a host name names the site' },
  { file: 'fr-blog-name-h1.html', title: 'Sans voitures le samedi', why: 'the blog name in the <h1> with an en dash is og:site_name with a hyphen' },
  { file: 'en-wiki-banner.html', title: 'Weekend closures', why: 'an <h1> that repeats the end of <title> is the banner' },
  { file: 'ar-site-suffix.html', title: 'إغلاق وسط المدينة في وجه السيارات', why: 'a short last part of <title> is the site' },
];

describe('headlines where the <h1> misleads', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.why}`, () => {
      expect(extractArticle(fixture(`titles/${c.file}`)).title).toBe(c.title);
    });
  }

  it('keeps a German compound <h1> that <title> spells in two words ("Chorgeschichte", "Geschichte - Chor")', () => {
    const d = parseHTML('<html><head><title>Geschichte - Knabenchor der Altstadt Ulm</title></head><body><h1>Chorgeschichte</h1></body></html>').document as unknown as Document;
    expect(chooseTitle(readMetadata(d), null, null)).toBe('Chorgeschichte');
  });
});

describe('titleParts', () => {
  it('splits Chinese and Japanese titles on a bare dash or underscore between ideographs', () => {
    expect(titleParts('武汉的声音：有英勇的你，才有英雄的城！-新华网')).toEqual(['武汉的声音：有英勇的你，才有英雄的城！', '新华网']);
    expect(titleParts('新しい駅前広場が完成_地域ニュース')).toEqual(['新しい駅前広場が完成', '地域ニュース']);
  });

  it('does not split hyphenated Latin words', () => {
    expect(titleParts('Le centre-ville sans voitures')).toEqual(['Le centre-ville sans voitures']);
  });

  it('counts a hyphenated site name as spaced words ("Verband e.V." is two)', () => {
    const d = parseHTML('<html><head><title>Neue Kurse für Rettungsschwimmer | Deutscher Schwimm-Verband e.V.</title></head><body></body></html>').document as unknown as Document;
    expect(chooseTitle(readMetadata(d), null, null)).toBe('Neue Kurse für Rettungsschwimmer');
  });

  it('drops the site after a Chinese headline', () => {
    const d = parseHTML('<html><head><title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title></head><body></body></html>').document as unknown as Document;
    expect(chooseTitle(readMetadata(d), null, null)).toBe('武汉的声音：有英勇的你，才有英雄的城！');
  });
});
