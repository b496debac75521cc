import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/search/parseQuery';

describe('the query syntax', () => {
  it('requires every word, normalised and quoted', () => {
    expect(parseQuery('Économie  Maroc')).toEqual({
      match: '("economie" AND "maroc")',
      phrases: [
        { tokens: ['economie'], prefix: false },
        { tokens: ['maroc'], prefix: false },
      ],
    });
  });

  it('keeps "exact phrases" together', () => {
    expect(parseQuery('"Banque  centrale" taux')?.match).toBe('("banque centrale" AND "taux")');
  });

  it('excludes -words and -"phrases"', () => {
    expect(parseQuery('budget -football -"coupe du monde"')?.match).toBe(
      '("budget") NOT "football" NOT "coupe du monde"',
    );
  });

  it('turns a trailing * into a prefix, and the last word into one only while typing', () => {
    expect(parseQuery('écono*')?.match).toBe('"econo" *');
    expect(parseQuery('budget écono')?.match).toBe('("budget" AND "econo")');
    expect(parseQuery('budget écono', { asYouType: true })?.match).toBe('("budget" AND "econo" *)');
    expect(parseQuery('budget écono ', { asYouType: true })?.match).toBe('("budget" AND "econo")');
    expect(parseQuery('"banque centrale"', { asYouType: true })?.match).toBe('"banque centrale"');
    expect(parseQuery('e', { asYouType: true })?.match).toBe('"e"');
    expect(parseQuery('e*')?.match).toBe('"e"');
    expect(parseQuery('ال*')?.match).toBe('"ال" *');
  });

  it('normalises Arabic query words like the index', () => {
    expect(parseQuery('الْمَدْرَسَة')?.match).toBe('"المدرسه"');
  });

  it('returns null when there is nothing to look for', () => {
    for (const input of ['', '   ', '-budget', '-"a b"', '"', '*', '-', '()', '"*"']) expect(parseQuery(input)).toBeNull();
  });

  it('cannot be broken by FTS5 syntax in the input', () => {
    const hostile = ['"', 'a"b', '*', 'NEAR(a b)', 'a OR b', 'a AND NOT b', '-', '--x', 'col:val', '^début', '(a', 'a)', "l'état", '{title}: x', 'a + b'];
    for (const input of hostile) {
      const parsed = parseQuery(input);
      if (parsed === null) continue;
      // Only quoted strings, AND, NOT, parentheses and prefix stars remain.
      const skeleton = parsed.match.replace(/"[^"]*"/gu, 'T');
      expect(skeleton, input).toMatch(/^[T()* ANDOT]*$/u);
    }
    expect(parseQuery('NEAR(a b)')?.match).toBe('("near a" AND "b")');
    expect(parseQuery('a OR b')?.match).toBe('("a" AND "or" AND "b")');
    expect(parseQuery("l'état")?.match).toBe('"l etat"');
  });
});
