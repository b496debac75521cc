import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/extract/detectLanguage.js';

describe('detectLanguage', () => {
  it('recognises French, English and German text', () => {
    expect(detectLanguage('Le conseil municipal a voté hier soir le budget de la ville pour l’année prochaine, après un long débat.')).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(detectLanguage('The city council voted on the budget for next year last night, after a long and heated debate.')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(detectLanguage('Der Stadtrat hat gestern Abend nach einer langen Debatte den Haushalt für das nächste Jahr beschlossen.').lang).toBe('de');
  });

  it('reads Arabic text as Arabic, right to left', () => {
    expect(detectLanguage('صادق المجلس البلدي مساء أمس على ميزانية المدينة للسنة المقبلة بعد نقاش طويل بين الأعضاء.')).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('falls back on the <html lang> hint when the text is too short', () => {
    expect(detectLanguage('OK', 'fr-FR')).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(detectLanguage('', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(detectLanguage('', null)).toEqual({ lang: null, dir: null });
  });

  it("takes the page's stated language when its commonest words agree", () => {
    const fr = 'Le conseil municipal a voté hier soir le budget de la ville pour l’année prochaine, après un long débat. '.repeat(4);
    const en = 'The city council voted on the budget for next year last night, after a long and heated debate in the hall. '.repeat(4);
    expect(detectLanguage(fr, 'fr-FR')).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(detectLanguage(en, 'en')).toEqual({ lang: 'en', dir: 'ltr' });
    // A page whose text is in another script than its stated language is read from its text.
    expect(detectLanguage(en, 'ja').lang).toBe('en');
  });
});
