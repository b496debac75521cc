import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';

const story = Array.from(
  { length: 5 },
  (_, i) => `<p>Paragraphe ${i} : les pêcheurs du port ont repris la mer cette semaine après une longue tempête qui avait immobilisé la flotte.</p>`,
).join('');

function page(head: string, tail = ''): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Les pêcheurs reprennent la mer</title>${head}</head><body><article><h1>Les pêcheurs reprennent la mer</h1>${story}${tail}</article></body></html>`;
}

describe('bylines', () => {
  it('reads an author written in value= instead of content=', () => {
    expect(extractArticle(page('<meta name="article:author" value="Nadia Chraibi">')).byline).toBe('Nadia Chraibi');
  });

  it('reads the "Written by" pair of a Twitter card', () => {
    const head = '<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="Omar Tazi">';
    expect(extractArticle(page(head)).byline).toBe('Omar Tazi');
  });

  it('joins several authors with commas whatever the page joined them with', () => {
    expect(extractArticle(page('<meta name="author" content="Salma Idrissi et Karim Alaoui">')).byline).toBe('Salma Idrissi, Karim Alaoui');
  });

  it('prefers a person to the publication named as author, and keeps the publication when it is all there is', () => {
    const head = '<meta property="og:site_name" content="La Vigie"><meta name="author" content="La Vigie">';
    expect(extractArticle(page(head, '<p class="byline">Par Yasmine Berrada</p>')).byline).toBe('Yasmine Berrada');
    expect(extractArticle(page(head)).byline).toBe('La Vigie');
  });

  it('reads the signature in bold under the article', () => {
    expect(extractArticle(page('', '<p><b><i>Mehdi Lahlou</i></b></p>')).byline).toBe('Mehdi Lahlou');
    expect(extractArticle(page('', '<p>Mehdi Lahlou</p>')).byline).toBeNull();
  });

  it('drops a "By" label and decodes entities a CMS escaped twice in the author meta tag', () => {
    expect(extractArticle(page('<meta name="author" content="By Hassan Benjelloun">')).byline).toBe('Hassan Benjelloun');
    expect(extractArticle(page('<meta name="author" content="Redacci&amp;oacute;n Central">')).byline).toBe('Redacción Central');
  });

  it('reads the byline line under the headline when the meta tags name only a company', () => {
    const head = '<meta name="author" content="Editions du Port GmbH">';
    const under = (line: string): string =>
      `<!doctype html><html><head><title>Les pêcheurs reprennent la mer</title>${head}</head><body><article><h1>Les pêcheurs reprennent la mer</h1><div class="meta">${line}</div>${story}</article></body></html>`;
    expect(extractArticle(under('Ein Artikel von <strong>Lena Vogt</strong> | 27.01.2022 - 12:45')).byline).toBe('Lena Vogt');
    expect(extractArticle(under('Posted by Konrad Weiss @ 12:00 am')).byline).toBe('Konrad Weiss');
    expect(extractArticle(under('Autoren: Jan Roth und Eva Lind')).byline).toBe('Jan Roth, Eva Lind');
    // Nothing better on the page: the company is what the page says.
    expect(extractArticle(under('Mis en ligne hier')).byline).toBe('Editions du Port GmbH');
  });

  it('reads the signature even when a promotion box follows it in the article element', () => {
    const promo = '<div><p>Notre application</p><p>Lisez toutes nos nouvelles sur votre téléphone, avec les photos.</p></div>';
    expect(extractArticle(page('', `<p><b><i>Mehdi Lahlou</i></b></p>${promo}`)).byline).toBe('Mehdi Lahlou');
  });

  it('takes no user number for an author', () => {
    expect(extractArticle(page('<meta name="author" content="105092">')).byline).toBeNull();
  });
});
