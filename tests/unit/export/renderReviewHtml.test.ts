import { describe, expect, it } from 'vitest';
import { composeExport } from '../../../src/core/export/exportModel.js';
import { frenchTypography } from '../../../src/core/export/frenchTypography.js';
import { renderReviewHtml } from '../../../src/core/export/renderReviewHtml.js';
import { fixtureReview } from './reviewFixture.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('the export template', () => {
  it('puts no-break spaces before French double punctuation and inside guillemets, and leaves URLs alone', () => {
    expect(frenchTypography('Budget : « sans cap » ? Non ; oui !')).toBe(`Budget${NBSP}: «${NBSP}sans cap${NBSP}»${NNBSP}? Non${NNBSP}; oui${NNBSP}!`);
    expect(frenchTypography("l'effort à 10:30 sur https://x.fr/a?b=1")).toBe('l’effort à 10:30 sur https://x.fr/a?b=1');
  });

  it('shows the cover, the sommaire, every item with its credit line, quotes, comment and sources', () => {
    const html = renderReviewHtml(composeExport(fixtureReview(), { lang: 'fr', organisation: 'Agence Maghreb Presse' }), { embedFonts: false });
    expect(html).toContain('<title>Revue de presse du mercredi 31 décembre 2025</title>');
    expect(html).toContain('mercredi 31 décembre 2025');
    expect(html).toContain('Édition du matin');
    expect(html).toContain('6 articles · 5 publications');
    expect(html).toContain('<cite><bdi>L&#39;Opinion</bdi></cite> · samedi 5 novembre 2016 · Par <bdi>Ahmed Benali</bdi>');
    expect(html).toContain(`Titre original${NBSP}: <bdi lang="fr" dir="ltr">Budget rectificatif${NBSP}: ce que prévoit le texte</bdi>`);
    expect(html).toContain(`«${NBSP}La dette restera sous contrôle${NBSP}»`);
    expect(html).toContain('<p class="comment-label">Commentaire</p>');
    expect(html).toContain(`Aussi dans${NBSP}: <bdi>Le Matin</bdi>, <bdi>Hespress</bdi>`);
    // The full address is the link; the printed text is short and readable.
    expect(html).toContain('<a href="https://example.fr/article/1?utm=x"><bdi>example.fr/article/1</bdi></a>');
    expect(html).toContain('<h1 id="sources">Sources citées</h1>');
    // Sommaire links point at the items' anchors, in order.
    const links = [...html.matchAll(/<a class="toc-line" href="#(item-\d+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['item-1', 'item-2', 'item-3', 'item-4', 'item-5', 'item-6']);
  });

  it('sets Arabic items right to left in their own language, with a credit line in the review\'s language', () => {
    const html = renderReviewHtml(composeExport(fixtureReview(), { lang: 'fr', organisation: 'X' }), { embedFonts: false });
    expect(html).toMatch(/<article class="item" lang="ar" dir="rtl">\s*<header class="item-head" id="item-2">\s*<h2 lang="ar" dir="rtl">مشروع قانون المالية المعدل أمام البرلمان<\/h2>/);
    // A French review dates and credits in French, whatever the article's language.
    expect(html).toContain('<p class="credit" lang="fr" dir="ltr"><cite><bdi lang="ar">هسبريس</bdi></cite> · samedi 5 novembre 2016 · Par <bdi>محمد العلوي</bdi></p>');
    expect(html).not.toMatch(/السبت|بقلم/);
    expect(html).toContain('<html lang="fr" dir="ltr">');
    // Unless asked to credit an Arabic article in Arabic.
    const arabicCredits = renderReviewHtml(composeExport(fixtureReview(), { lang: 'fr', organisation: 'X', creditLanguage: 'article' }), { embedFonts: false });
    expect(arabicCredits).toContain('بقلم <bdi>محمد العلوي</bdi>');
    expect(arabicCredits).toContain('السبت');
  });

  it('gives each text its own direction: a French chapeau, comment or quote of an Arabic article is left to right', () => {
    const review = fixtureReview();
    const arabic = review.items[1]!;
    arabic.summary = 'Le projet de loi arrive au Parlement.\n\nأعلنت الحكومة يوم الثلاثاء عن مشروع قانون.';
    review.quotes[999] = { id: 999, exact: 'Nous voterons contre.', note: '' };
    arabic.quoteIds = [...arabic.quoteIds, 999];
    const doc = composeExport(review, { lang: 'fr', organisation: 'X' });
    const html = renderReviewHtml(doc, { embedFonts: false });
    expect(html).toContain('<p class="lead" lang="fr" dir="ltr">Le projet de loi arrive au Parlement.</p>');
    expect(html).toContain('<p lang="ar" dir="rtl">أعلنت الحكومة يوم الثلاثاء عن مشروع قانون.</p>');
    expect(html).toContain(`<blockquote class="quote" lang="fr" dir="ltr"><p>«${NBSP}Nous voterons contre.${NBSP}»</p></blockquote>`);
    expect(html).toContain('<blockquote class="quote" lang="ar" dir="rtl"><p>«لا خيار أمامنا سوى الاستثمار الآن»</p></blockquote>');
    expect(html).toContain('<p lang="fr" dir="ltr">Version arabe du même sujet, plus critique envers la majorité.</p>');
    // An Arabic comment in a French review is right to left.
    arabic.comment = 'تعليق بالعربية.';
    expect(renderReviewHtml(composeExport(review, { lang: 'fr', organisation: 'X' }), { embedFonts: false })).toContain('<p lang="ar" dir="rtl">تعليق بالعربية.</p>');
  });

  it('numbers pages in the review\'s language even when every item is Arabic', () => {
    const review = fixtureReview();
    review.items = review.items.filter((item) => review.articles[item.articleId]?.lang === 'ar');
    const html = renderReviewHtml(composeExport(review, { lang: 'fr', organisation: 'X' }), { embedFonts: false });
    expect(html).toContain('@bottom-center { content: "Page " counter(page) " / " counter(pages); }');
    expect(html).not.toMatch(/صفحة|arabic-indic/);
    const english = renderReviewHtml(composeExport(review, { lang: 'en', organisation: 'X' }), { embedFonts: false });
    expect(english).toContain('Thursday, 3 November 2016');
  });

  it('prints a credit line once: no "Par Par", no byline that only repeats the publication', () => {
    const review = fixtureReview();
    const set = (index: number, byline: string, site?: string, url?: string): void => {
      const article = review.articles[review.items[index]!.articleId]!;
      article.byline = byline;
      if (site) article.siteName = site;
      if (url) article.url = url;
    };
    set(0, 'Par Claire Besson');
    set(1, 'بقلم محمد العلوي');
    set(2, 'Le Matin et AFP', 'Le Matin');
    set(3, 'Deutsche Welle (www.dw.com)', 'DW', 'https://www.dw.com/fr/secheresse/a-123');
    set(5, 'By  By Jane Doe', undefined, 'https://telquel.ma/2016/11/05/festival-du-film-%C3%A9t%C3%A9-palmar%C3%A8s-d%C3%A9voil%C3%A9-tr%C3%A8s-longue-adresse_1500000.html?utm_source=x');
    const html = renderReviewHtml(composeExport(review, { lang: 'fr', organisation: 'X' }), { embedFonts: false });
    expect(html).toContain('Par <bdi>Claire Besson</bdi>');
    expect(html).not.toMatch(/Par (<bdi>)?Par|By (<bdi>)?By|بقلم (<bdi>)?بقلم/);
    expect(html).toContain('Par <bdi>محمد العلوي</bdi>');
    expect(html).toContain('<cite><bdi>Le Matin</bdi></cite> · vendredi 4 novembre 2016 · Par <bdi>AFP</bdi>');
    expect(html).toContain('<cite><bdi>DW</bdi></cite> · vendredi 4 novembre 2016</p>');
    expect(html).toContain('Par <bdi>Jane Doe</bdi>');
    // Decoded and short; the whole address stays the link.
    expect(html).toContain('href="https://telquel.ma/2016/11/05/festival-du-film-%C3%A9t%C3%A9-palmar%C3%A8s-d%C3%A9voil%C3%A9-tr%C3%A8s-longue-adresse_1500000.html?utm_source=x"');
    expect(html).toContain('<bdi>telquel.ma/2016/…/festival-du-film-été-palmarès-d…</bdi>');
    expect(html).not.toMatch(/>[^<]*%C3/);
  });

  it('carries on its cover the edition, and the distribution notice and copyright line of the settings', () => {
    const options = { lang: 'fr' as const, organisation: 'X', distributionNotice: 'Diffusion interne — reproduction interdite', copyright: '© Agence Maghreb Presse 2025' };
    const html = renderReviewHtml(composeExport(fixtureReview(), options), { embedFonts: false });
    const cover = html.slice(html.indexOf('<section class="cover">'), html.indexOf('</section>'));
    expect(cover).toContain('<p class="cover-edition">Édition du matin</p>');
    expect(cover).toContain('<p class="cover-notice">Diffusion interne — reproduction interdite</p>');
    expect(cover).toContain('<p class="cover-copyright">© Agence Maghreb Presse 2025</p>');
    const plain = renderReviewHtml(composeExport(fixtureReview(), { lang: 'fr', organisation: 'X' }), { embedFonts: false });
    expect(plain.slice(plain.indexOf('<section class="cover">'), plain.indexOf('</section>'))).not.toMatch(/cover-notice|cover-copyright/);
  });

  it('escapes whatever the editor typed', () => {
    const review = fixtureReview();
    review.items[0]!.headline = '<script>alert(1)</script> & "co"';
    review.intro = '<img src=x onerror=alert(1)>';
    const html = renderReviewHtml(composeExport(review, { lang: 'fr', organisation: '<b>Org</b>' }), { embedFonts: false });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;');
    expect(html).toContain('@top-left { content: "<b>Org</b>"; }');
  });

  it('groups items by publication in order of first appearance in the newspapers layout', () => {
    const doc = composeExport(fixtureReview(), { lang: 'fr', organisation: 'X', layout: 'newspapers' });
    expect(doc.groups.map((g) => g.heading)).toEqual(["L'Opinion", 'هسبريس', 'Le Matin', 'الصباح', 'TelQuel']);
    expect(doc.groups[0]?.items.map((i) => i.anchor)).toEqual(['item-1', 'item-4']);
    expect(doc.sources.find((s) => s.publication === "L'Opinion")).toEqual({ publication: "L'Opinion", count: 2, dates: ['4 nov. 2016', '5 nov. 2016'] });
  });

  it('embeds its fonts as data: URLs, so printing loads nothing', () => {
    const html = renderReviewHtml(composeExport(fixtureReview(), { lang: 'fr', organisation: 'X' }));
    expect(html).toMatch(/font-family: 'Noto Naskh Arabic';[\s\S]*?src: url\(data:font\/ttf;base64,/);
    expect(html).toMatch(/font-family: 'Noto Serif';[\s\S]*?src: url\(data:font\/woff2;base64,/);
    expect(html).not.toMatch(/url\((?!data:)/);
  });
});
