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

/** One test per fixture page: the title extractArticle gives is the one the case names. */
function titleCases(cases: { file: string; title: string; why: string }[]): void {
  for (const c of cases) {
    it(`${c.file}: ${c.why}`, () => {
      expect(extractArticle(fixture(`titles/${c.file}`)).title).toBe(c.title);
    });
  }
}

describe('headlines where the <h1> misleads', () => {
  titleCases(CASES);

  it('keeps a German compound <h1> that <title> spells in two words ("Chorgeschichte", "Geschichte - Chor")', () => {
    const d = parseHTML('<html><head><title>Geschichte - Knabenchor der Altstadt Ulm</title></head><body><h1>Chorgeschichte</h1></body></html>').document as unknown as Document;
    expect(chooseTitle(readMetadata(d), null, null)).toBe('Chorgeschichte');
  });
});

/**
 * The family of site names, separators and competing titles: "Title | Site", "Site — Title",
 * "Site : Title", "Site » Section » Title", with and without og:site_name, the <h1> absent, several
 * <h1>s, an <h1> set in capitals by CSS or typed in capitals, og:title, <h1> and <title> that
 * disagree, Arabic titles with the site after or before. Each case names the mechanism it pins.
 */
const FAMILY: { file: string; title: string; why: string }[] = [
  { file: 'fr-pipe-site-after.html', title: 'La bibliothèque municipale ouvre le dimanche', why: '"Title | Site" with og:site_name, no <h1>' },
  { file: 'fr-endash-site-after-no-ogsite.html', title: "Les producteurs de dattes misent sur l'exportation", why: '"Title – Site" with no site name given: the short last part' },
  { file: 'fr-emdash-site-before.html', title: "Une nouvelle ligne de bus relie le port à l'université", why: '"Site — Title" with og:site_name, the <h1> is the logo' },
  { file: 'fr-colon-site-before.html', title: 'Le festival du court métrage revient en octobre', why: '"Site : Title" (French spacing) with og:site_name' },
  { file: 'en-middot-uppercase-css.html', title: 'Ferry timetable changes for the winter season', why: 'an <h1> in capitals by CSS keeps the case it is written in; "Title · Site"' },
  { file: 'en-guillemets-site-section-before.html', title: 'Lifeboat crew rescues two kayakers off the point', why: '"Site » Section » Title", the <h1> is the site, the headline an <h2>' },
  { file: 'en-hyphen-og-site-after.html', title: 'New cycle lanes open on the seafront', why: 'og:title is the <h1> and the site: the <h1>' },
  { file: 'en-og-subtitle-tail.html', title: 'Rent rules tighten next month', why: 'og:title is the <h1> and a subtitle: the <h1> the page shows' },
  { file: 'fr-h1-typed-capitals.html', title: 'Le marché central rouvre ses portes', why: 'an <h1> typed in capitals takes the case of og:title' },
  { file: 'en-h1-capitals-title-suffix.html', title: 'Quay repairs finish ahead of schedule', why: 'an <h1> typed in capitals takes the case of "Headline | Site" in <title>' },
  { file: 'ar-pipe-og-site-after.html', title: 'افتتاح مستشفى جديد في جنوب المدينة', why: 'Arabic "Title | Site" in og:title and <title>, no <h1>' },
  { file: 'ar-dash-site-before.html', title: 'تساقطات مطرية مهمة تنعش آمال الفلاحين', why: 'Arabic "Site - Title", the <h1> is the masthead' },
  { file: 'ar-kicker-shown.html', title: 'الانتخابات الجماعية: نسبة المشاركة ترتفع في المدن الكبرى', why: 'Arabic kicker shown above the <h1> and kept by og:title' },
  { file: 'en-share-kicker-not-shown.html', title: 'Library keeps its Sunday opening hours', why: 'a kicker only the share card carries is not the headline' },
  { file: 'fr-several-h1.html', title: "Le port d'Agadir bat son record de débarquements", why: 'several <h1>s: the logo, the headline, a "most read" box' },
  { file: 'en-h1-run-together.html', title: 'Harbour works / Dredging starts before the sailing season', why: 'an <h1> whose kicker span runs into the headline: og:title spells it apart' },
  { file: 'fr-ld-og-shown-heading.html', title: 'Les bus deviennent gratuits pour les moins de 18 ans', why: 'JSON-LD and og:title agree on the heading the article shows; the <h1> only repeats <title>' },
  { file: 'en-meta-title-heading.html', title: 'Council votes to restore the Victorian pier', why: 'metadata titles disagree: the one the page shows as a heading' },
  { file: 'fr-og-title-shared-end.html', title: 'La médina de Fès restaure ses fontaines', why: 'og:title and <title> with different lead-ins before the same headline' },
  { file: 'fr-title-parts-section-heading.html', title: 'Les écoles rurales reçoivent des tablettes', why: 'two headings repeat parts of <title>: the one the metadata names' },
  { file: 'ar-quote-title-site-after.html', title: '«لن نغلق أي مدرسة هذا العام»', why: 'an Arabic quote as headline keeps its guillemets, the site after it goes' },
  { file: 'en-date-part.html', title: 'Town band wins the regional contest', why: 'a day in figures set as a part of the headline is not the headline' },
  { file: 'fr-description-part.html', title: "Le club prolonge son entraîneur jusqu'en 2027", why: 'legacy "Site - Headline - Section - Section": the part the meta description repeats' },
  { file: 'en-description-tagline.html', title: 'Board meeting of 4 March', why: "a site-wide description repeats the site's tagline, the last part: not the headline" },
  { file: 'en-personal-site-host.html', title: 'Anna Reid', why: 'every part names the site: the name as written, never the host name' },
  { file: 'ar-dash-site-before-home-link.html', title: 'انطلاق أشغال توسيع ميناء الصيد بالمدينة', why: 'Arabic "Site - Title" with no metadata, the site only in the logo link' },
  { file: 'fr-pipe-long-site-home-link.html', title: 'Les pêcheurs artisanaux réclament un nouveau quai', why: 'a long site name after "|", given by no metadata' },
  { file: 'fr-og-only-ogsite.html', title: 'Sécheresse : les barrages remplis à 30 %', why: 'og:title alone keeps its kicker colon; "Title • Site" in <title>' },
];

describe('titles: site names, separators and competing candidates', () => {
  titleCases(FAMILY);
});

describe('a day set as a part of the title', () => {
  const title = (t: string): string | null => {
    const d = parseHTML(`<html><head><title>${t}</title></head><body></body></html>`).document as unknown as Document;
    return chooseTitle(readMetadata(d), null, null);
  };

  it('is dropped before or after the headline', () => {
    expect(title('28.04.2023 | Les dockers votent la grève')).toBe('Les dockers votent la grève');
    expect(title('Les dockers votent la grève | 2023-04-28')).toBe('Les dockers votent la grève');
  });

  it('is kept when it ends a range of days', () => {
    expect(title('Rapport hebdomadaire 14.01. - 20.01.2024')).toBe('Rapport hebdomadaire 14.01. - 20.01.2024');
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
