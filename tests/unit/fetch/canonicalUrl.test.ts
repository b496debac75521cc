import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../../src/core/fetch/canonicalUrl.js';

describe('canonicalUrl', () => {
  it.each([
    ['lowercases scheme and host', 'HTTPS://WWW.LeMonde.FR/International/Article.html', 'https://lemonde.fr/International/Article.html'],
    ['unifies http with https', 'http://lemonde.fr/a', 'https://lemonde.fr/a'],
    ['drops default ports', 'https://lemonde.fr:443/a', 'https://lemonde.fr/a'],
    ['drops port 80 with the http scheme', 'http://lemonde.fr:80/a', 'https://lemonde.fr/a'],
    ['keeps other ports', 'http://127.0.0.1:8080/a', 'https://127.0.0.1:8080/a'],
    ['drops www.', 'https://www.hespress.com/politique/123.html', 'https://hespress.com/politique/123.html'],
    ['keeps other subdomains', 'https://m.lemonde.fr/a', 'https://m.lemonde.fr/a'],
    ['drops the fragment', 'https://lemonde.fr/a#commentaires', 'https://lemonde.fr/a'],
    ['keeps a hash-bang route', 'https://site.fr/#!/article/42', 'https://site.fr/#!/article/42'],
    ['drops a trailing slash', 'https://lemonde.fr/politique/article-123/', 'https://lemonde.fr/politique/article-123'],
    ['keeps the root slash', 'https://lemonde.fr', 'https://lemonde.fr/'],
    ['drops utm_* parameters', 'https://lemonde.fr/a?utm_source=twitter&utm_medium=social&utm_campaign=x', 'https://lemonde.fr/a'],
    [
      'drops click ids and AT Internet tags',
      'https://lemonde.fr/a?fbclid=IwAR0&gclid=abc&xtor=RSS-3208&at_medium=rss&at_campaign=x&igshid=1&_ga=2.1&yclid=9&mc_cid=1&mc_eid=2&ref=home&ref_src=twsrc',
      'https://lemonde.fr/a',
    ],
    ['matches tracking names whatever their case', 'https://lemonde.fr/a?UTM_Source=x&FBCLID=y', 'https://lemonde.fr/a'],
    ['keeps and sorts real parameters', 'https://site.fr/article.php?page=2&id=42&utm_source=rss', 'https://site.fr/article.php?id=42&page=2'],
    ['sorts repeated names by value', 'https://site.fr/s?tag=b&tag=a', 'https://site.fr/s?tag=a&tag=b'],
    ['removes an emptied query entirely', 'https://site.fr/a?', 'https://site.fr/a'],
    ['uppercases percent-escapes of Arabic slugs', 'https://aljazeera.net/news/%d8%a7%d9%84', 'https://aljazeera.net/news/%D8%A7%D9%84'],
    ['encodes a raw Arabic path like its escaped twin', 'https://aljazeera.net/news/ال', 'https://aljazeera.net/news/%D8%A7%D9%84'],
    ['trims spaces around a pasted address', '  https://lemonde.fr/a  ', 'https://lemonde.fr/a'],
  ])('%s', (_what, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('gives the same identity to the variants a reader meets of one article', () => {
    const variants = [
      'https://www.lemonde.fr/politique/article/2025/06/10/titre_123_823448.html',
      'http://lemonde.fr/politique/article/2025/06/10/titre_123_823448.html?xtor=RSS-3208',
      'https://www.lemonde.fr/politique/article/2025/06/10/titre_123_823448.html/#xtor=AL-32280270',
      'https://WWW.LEMONDE.FR/politique/article/2025/06/10/titre_123_823448.html?utm_source=Twitter&utm_medium=Social',
    ];
    expect(new Set(variants.map(canonicalUrl)).size).toBe(1);
  });

  it('keeps apart addresses that differ in what they show', () => {
    expect(canonicalUrl('https://site.fr/article?id=1')).not.toBe(canonicalUrl('https://site.fr/article?id=2'));
    expect(canonicalUrl('https://site.fr/Article')).not.toBe(canonicalUrl('https://site.fr/article'));
  });

  it('throws URL_INVALID for something that is not a URL', () => {
    expect(() => canonicalUrl('lemonde')).toThrow(expect.objectContaining({ code: 'URL_INVALID' }));
  });
});
