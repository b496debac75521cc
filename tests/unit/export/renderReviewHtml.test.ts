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
    expect(html).toContain('<cite>L&#39;Opinion</cite> · samedi 5 novembre 2016 · Par Ahmed Benali');
    expect(html).toContain(`Titre original${NBSP}: Budget rectificatif${NBSP}: ce que prévoit le texte`);
    expect(html).toContain(`«${NBSP}La dette restera sous contrôle${NBSP}»`);
    expect(html).toContain('<p class="comment-label">Commentaire</p>');
    expect(html).toContain(`Aussi dans${NBSP}: Le Matin, Hespress`);
    expect(html).toContain('href="https://example.fr/article/1?utm=x"');
    expect(html).toContain('<h1 id="sources">Sources citées</h1>');
    // Sommaire links point at the items' anchors, in order.
    const links = [...html.matchAll(/<a class="toc-line" href="#(item-\d+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['item-1', 'item-2', 'item-3', 'item-4', 'item-5', 'item-6']);
  });

  it('sets Arabic items right to left in their own language, with an Arabic credit line', () => {
    const html = renderReviewHtml(composeExport(fixtureReview(), { lang: 'fr', organisation: 'X' }), { embedFonts: false });
    expect(html).toMatch(/<article class="item" lang="ar" dir="rtl">\s*<header class="item-head" id="item-2">\s*<h2>مشروع قانون المالية المعدل أمام البرلمان<\/h2>/);
    expect(html).toContain('بقلم محمد العلوي');
    expect(html).toContain('<html lang="fr" dir="ltr">');
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
    expect(html).toMatch(/font-family: 'Noto Naskh Arabic';[\s\S]*?src: url\(data:font\/woff2;base64,/);
    expect(html).toMatch(/font-family: 'Noto Serif';[\s\S]*?src: url\(data:font\/woff2;base64,/);
    expect(html).not.toMatch(/url\((?!data:)/);
  });
});
