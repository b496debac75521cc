import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { readBylineLine } from '../../../src/core/extract/readBylineLine.js';
import { fixture } from './fixtures.js';

/** Old table layouts and print versions: no metadata, the site's name around the headline, one byline line. */
const CASES = [
  {
    file: 'fr-table-prefix.html',
    title: 'Les exportations de phosphates progressent de 12 %',
    byline: 'Ahmed Benali',
    siteName: 'Le Matin du Sahara',
    date: '2015-03-12',
    starts: 'Les exportations de phosphates et de leurs dérivés',
    ends: 'sur les recettes du second trimestre.',
  },
  {
    file: 'ar-table-suffix.html',
    title: 'انطلاق موسم جني الزيتون في الشمال',
    byline: 'كريمة التازي',
    siteName: 'جريدة الشمال اليومية',
    date: '2023-10-15',
    starts: 'انطلق موسم جني الزيتون',
    ends: 'واستعمال الشباك بدلا من ذلك.',
  },
  {
    file: 'en-print-colon.html',
    title: 'Fishermen welcome the new harbour wall',
    byline: 'Hassan Idrissi',
    siteName: 'The Coastal Gazette',
    date: '2019-03-05',
    starts: 'The new harbour wall at Sidi Ifni',
    ends: 'planned next to the quay for the spring.',
  },
  {
    file: 'fr-print-published-by.html',
    title: 'Les marchés couverts rouvrent à Rabat',
    byline: 'Salma Idrissi',
    siteName: null,
    date: '2014-04-03',
    starts: 'Les trois marchés couverts',
    ends: "autour des marchés d'ici l'été.",
  },
];

/** Font-tag pages: a column of navigation links beside the article, paragraphs made of double breaks, the article's address printed under it. */
const FONT_PAGES = [
  { file: 'fr-font-nav-column.html', title: 'Les agriculteurs de Berkane manifestent à Oujda', byline: 'Youssef Lamrani', siteName: "Le Courrier de l'Oriental", date: '2014-03-12', starts: "Plusieurs centaines d'agriculteurs", url: 'http://courrier-oriental.example/2014/agri-manif.html', nav: ['Accueil', 'Régions'] },
  { file: 'ar-font-nav-column.html', title: 'تعبئة لمواجهة الجراد بإقليم طاطا', byline: 'عبد الله أوبلا', siteName: 'صحيفة الجنوب', date: '2016-04-07', starts: 'أعلنت السلطات المحلية بإقليم طاطا', url: 'http://janoub.example/news/2016/jarad.html', nav: ['الرئيسية', 'جهات'] },
  { file: 'en-font-nav-column.html', title: 'Bus drivers call off strike after pay deal', byline: 'Mary Collins', siteName: 'The Valley Herald', date: '2011-09-22', starts: 'Bus drivers in the valley', url: 'http://valleyherald.example/2011/09/bus-strike.html', nav: ['Home', 'Letters'] },
];

describe('font-tag pages with a navigation column', () => {
  for (const c of FONT_PAGES) {
    it(`keeps the three paragraphs apart, drops the links column and reads the printed address in ${c.file}`, () => {
      // A saved file: no address but the one the page prints.
      const a = extractArticle(fixture(`legacy/${c.file}`), {});
      expect(a.title).toBe(c.title);
      expect(a.byline).toBe(c.byline);
      expect(a.siteName).toBe(c.siteName);
      expect(a.publishedTime?.slice(0, 10)).toBe(c.date);
      const paragraphs = a.text.split('\n\n');
      expect(paragraphs, a.text).toHaveLength(3);
      expect(paragraphs[0]?.startsWith(c.starts), paragraphs[0]).toBe(true);
      for (const noise of [...c.nav, c.byline, 'URL', 'رابط']) expect(a.text).not.toContain(noise);
      expect(a.url).toBe(c.url);
      // A page's own address wins over the printed one.
      expect(extractArticle(fixture(`legacy/${c.file}`), { url: 'https://archive.example.net/a?id=3' }).url).toBe('https://archive.example.net/a?id=3');
    });
  }
});

/** Print versions saved as files: "print version" in <title>, the paper named only in its masthead and copyright line, the address printed at the foot. */
const PRINT_PAGES = [
  { file: 'fr-print-label.html', title: 'Le gouvernement présente son plan eau', siteName: "L'Écho du Souss", byline: 'Rachid Amrani', url: 'https://echo-souss.example/plan-eau', noise: ['Imprimer', 'Fermer', 'Copyright', 'imprimé'] },
  { file: 'en-print-label.html', title: 'Ferry operator orders two new ships', siteName: 'The Strait Times', byline: 'Helen Marsh', url: 'https://straittimes.example/ferries/new-ships', noise: ['Print this', 'Close window', 'rights reserved', 'Printed from'] },
  { file: 'ar-print-label.html', title: 'افتتاح خط جوي جديد بين الداخلة والدار البيضاء', siteName: 'صحيفة الصحراء', byline: 'مريم السالمي', url: 'https://sahara-journal.example/news/dakhla-casa', noise: ['إغلاق النافذة', 'الحقوق', 'رابط المقال'] },
];

describe('print versions saved as files', () => {
  for (const c of PRINT_PAGES) {
    it(`names the paper from its copyright line, not the page's label, in ${c.file}`, () => {
      const a = extractArticle(fixture(`legacy/${c.file}`), {});
      expect(a.title).toBe(c.title);
      expect(a.siteName).toBe(c.siteName);
      expect(a.byline).toBe(c.byline);
      expect(a.url).toBe(c.url);
      expect(a.text.split('\n\n')).toHaveLength(3);
      for (const noise of c.noise) expect(a.text).not.toContain(noise);
    });
  }
});

describe('legacy table layouts and print versions', () => {
  for (const c of CASES) {
    it(`reads title, author, paper and date from the page itself in ${c.file}`, () => {
      const a = extractArticle(fixture(`legacy/${c.file}`), { url: 'https://archive.example.net/page.php?id=12' });
      expect(a.title).toBe(c.title);
      expect(a.byline).toBe(c.byline);
      expect(a.siteName).toBe(c.siteName);
      expect(a.publishedTime?.slice(0, 10)).toBe(c.date);
      expect(a.text.startsWith(c.starts), a.text.slice(0, 150)).toBe(true);
      expect(a.text.endsWith(c.ends), a.text.slice(-150)).toBe(true);
      for (const noise of [c.byline, 'Accueil', '©', 'Copyright', 'URL de']) expect(a.text).not.toContain(noise);
    });
  }

  it('reads the parts of a byline line in any order, and leaves a sentence alone', () => {
    expect(readBylineLine('Par Nadia Chraibi, pour La Vigie, le 4 mars 2021', 'fr')).toEqual({ author: 'Nadia Chraibi', source: 'La Vigie', date: '2021-03-04' });
    expect(readBylineLine('By Omar Tazi', 'en')).toEqual({ author: 'Omar Tazi', source: null, date: null });
    expect(readBylineLine('Par ailleurs, les pêcheurs attendent la réouverture de la criée.', 'fr')).toBeNull();
  });
});

describe('headline set with another site name in the <h1>', () => {
  it("keeps the metadata's headline without the <h1>'s tail", () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraphe ${i} : le marché couvert rouvre ses portes après deux ans de travaux, avec quarante étals de producteurs de la région.</p>`).join('');
    const html = `<!doctype html><html lang="fr"><head><title>Le marché couvert rouvre | Ville Ouverte</title><meta property="og:title" content="Le marché couvert rouvre"></head><body><article><h1>Le marché couvert rouvre | Carnet du Souk</h1>${paragraphs}</article></body></html>`;
    expect(extractArticle(html).title).toBe('Le marché couvert rouvre');
  });
});

