import { afterEach, describe, expect, it } from 'vitest';
import { number, useGivenLanguage } from '../../../src/cli/language';

afterEach(() => useGivenLanguage(null));

describe('the CLI writes numbers as Intl.NumberFormat does', () => {
  const values = [0, 7, 42, 999, 1000, 8833, 10_000, 10_001, 123_456, 1_000_000, 98_765_432, -1234, 1234.5];
  it.each([
    ['fr', 'fr-FR'],
    ['en', 'en-GB'],
  ] as const)('in %s', (lang, locale) => {
    useGivenLanguage(lang);
    const intl = new Intl.NumberFormat(locale);
    for (const value of values) expect(number(value), String(value)).toBe(intl.format(value));
  });
});
