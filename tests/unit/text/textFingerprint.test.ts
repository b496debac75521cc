import { describe, expect, it } from 'vitest';
import { minHashSignature, referenceTextHash, similarity, textHash } from '../../../src/core/text/textFingerprint';

describe('textHash', () => {
  it('gives a re-typed article the same hash whatever its spacing, case, accents and punctuation', () => {
    const original = 'Le Maroc face à la sécheresse : les céréales en recul.\n\nLes agriculteurs s’inquiètent.';
    const retyped = '  le maroc FACE a la secheresse -- les cereales en recul ; les agriculteurs s inquietent!';
    expect(textHash(retyped)).toBe(textHash(original));
  });

  it('tells two texts apart when one word differs', () => {
    expect(textHash('La banque centrale relève son taux.')).not.toBe(textHash('La banque centrale baisse son taux.'));
  });

  it('matches an Arabic text with and without its vowel marks', () => {
    expect(textHash('الْجَفَافُ فِي المَغْرِبِ')).toBe(textHash('الجفاف في المغرب'));
  });

  it('keeps the hashes of articles already in the archive (the slow reference form)', () => {
    const texts = [
      'Économie : l’œuvre du ministre, ﬁn 2025 — 3,5 % de croissance (Straße, İstanbul).',
      'الْحُكُومَة ـــ تُعْلِنُ المِيزَانِيَّة ١٢٣ «جديدة»، اليوم',
      'ΟΔΟΣ ΑΘΗΝΑΣ and Ωμέγα',
      'a\u0301b c\u0327a 𝐀𝐁c 😀x ①② ﬀ',
      '',
      ' \n\t ',
    ];
    for (const text of texts) expect(textHash(text)).toBe(referenceTextHash(text));
  });
});

describe('minHashSignature', () => {
  const story = Array.from({ length: 40 }, (_, i) => `Le gouvernement annonce la mesure numéro ${i} pour les agriculteurs.`).join(' ');

  it('finds the same story in a copy with another case, accents and punctuation', () => {
    const a = minHashSignature(story);
    const b = minHashSignature(story.toUpperCase().replace(/é/gu, 'e').replace(/\./gu, ' ;'));
    expect(a && b && similarity(a, b)).toBe(1);
  });

  it('has no signature for a text too short to compare', () => {
    expect(minHashSignature('Trois mots seulement')).toBeNull();
    expect(minHashSignature('')).toBeNull();
  });
});
