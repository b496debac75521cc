import { describe, expect, it } from 'vitest';
import { normalizeForSearch, normalizeWithOffsets, searchTokens } from '../../../src/core/text/normalizeForSearch';

describe('search normalisation', () => {
  it('folds case and French accents, ligatures included', () => {
    expect(normalizeForSearch('Économie')).toBe('economie');
    expect(normalizeForSearch('ÇA VA, L’ŒUVRE À L’ÉTÉ')).toBe('ca va, l’oeuvre a l’ete');
    expect(normalizeForSearch('e\u0301conomie')).toBe('economie');
  });

  it('ignores Arabic tashkeel and tatweel', () => {
    expect(normalizeForSearch('مَدْرَسَةٌ')).toBe(normalizeForSearch('مدرسة'));
    expect(normalizeForSearch('الاقتصـــاد')).toBe('الاقتصاد');
    expect(normalizeForSearch('الرَّحْمٰن')).toBe('الرحمن');
  });

  it('unifies alef, yeh and teh marbuta variants and Arabic-Indic digits', () => {
    expect(normalizeForSearch('أحمد')).toBe('احمد');
    expect(normalizeForSearch('إسلام')).toBe('اسلام');
    expect(normalizeForSearch('آمال')).toBe('امال');
    expect(normalizeForSearch('ٱلله')).toBe('الله');
    expect(normalizeForSearch('مستشفى')).toBe('مستشفي');
    expect(normalizeForSearch('مدرسة')).toBe('مدرسه');
    expect(normalizeForSearch('مؤتمر')).toBe('موتمر');
    expect(normalizeForSearch('رئيس')).toBe('رييس');
    expect(normalizeForSearch('٢٠٢٥ و۱۹')).toBe('2025 و19');
  });

  it('keeps token boundaries: the same words come out, in the same order', () => {
    const original = "L'économie « verte » : مَدْرَسَةٌ, 2025-12-31!";
    expect(searchTokens(normalizeForSearch(original))).toEqual(['l', 'economie', 'verte', 'مدرسه', '2025', '12', '31']);
  });

  it('says where each normalised character came from in the original', () => {
    const original = 'Œuvre é\u0301t\u00E9 🙂X';
    const { text, origin } = normalizeWithOffsets(original);
    expect(text).toBe(normalizeForSearch(original));
    expect(text).toBe('oeuvre ete 🙂x');
    expect(origin.length).toBe(text.length);
    expect(origin[0]).toBe(0);
    expect(origin[1]).toBe(0); // "oe" both come from Œ
    expect(original.slice(origin[text.indexOf('x')])).toBe('X');
  });
});
