import { describe, expect, it } from 'vitest';
import { arabicLightStem, arabicStemVariants } from '../../../src/core/text/arabicLightStem';
import { normalizeForSearch } from '../../../src/core/text/normalizeForSearch';
import { queryStemVariants, stemsOfText } from '../../../src/core/text/wordStems';

const arabic = (word: string) => arabicLightStem(normalizeForSearch(word));

describe('Arabic light stemming', () => {
  it('takes off the article, with the conjunctions and prepositions fused to it', () => {
    for (const word of ['المغرب', 'بالمغرب', 'والمغرب', 'للمغرب', 'فالمغرب', 'كالمغرب', 'وبالمغرب', 'مغرب']) expect(arabic(word), word).toBe('مغرب');
  });

  it('takes off the feminine, plural and pronoun endings', () => {
    for (const word of ['مدينة', 'المدينة', 'بالمدينة', 'بمدينة', 'ومدينة']) expect(arabic(word), word).toBe('مدين');
    expect(arabic('الانتخابات')).toBe(arabic('انتخابات'));
    expect(arabic('المعلمون')).toBe(arabic('المعلمين'));
    expect(arabic('كتابهم')).toBe(arabic('كتابها'));
  });

  it('folds tashkeel and letter variants first, as the index does', () => {
    expect(arabic('الْمَدِينَة')).toBe(arabic('المدينه'));
    expect(arabic('المستشفى')).toBe(arabic('مستشفي'));
  });

  it('keeps short words whole and looks a query word up under both clitic readings', () => {
    expect(arabic('بنك')).toBe('بنك');
    expect(arabicStemVariants(normalizeForSearch('وزير')).sort()).toEqual(['زير', 'وزير']);
    // The bare word is indexed under the clitic reading; the definite form under the other.
    expect(arabicStemVariants(normalizeForSearch('الوزير'))).toContain(arabic('وزير'));
    expect(arabicStemVariants(normalizeForSearch('وزير'))).toContain(arabic('الوزير'));
  });
});

describe('French and English stems', () => {
  it('indexes the stems that differ from the words, each once per doubling of its count', () => {
    expect(stemsOfText('Les enseignants, les enseignantes et un enseignant.', 'fr')).toBe('enseign enseign');
    expect(stemsOfText('Le budget et le port.', 'fr')).toBe('');
    expect(stemsOfText('Economies slow.', 'en')).toBe('economi');
    expect(stemsOfText('Gobierno y economías.', null)).toBe('');
  });

  it('stems a query in French and English, and reads a French ending typed without accents', () => {
    expect(queryStemVariants('economy')).toEqual(['economi']);
    expect(queryStemVariants('augmentees')).toContain(stemsOfText('augmentées', 'fr'));
    expect(queryStemVariants('securite')).toContain(stemsOfText('sécurité', 'fr'));
    expect(queryStemVariants('budget')).toEqual([]);
  });
});
