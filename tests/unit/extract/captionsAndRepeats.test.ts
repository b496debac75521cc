import { describe, expect, it } from 'vitest';
import { isNoiseLine } from '../../../src/core/extract/noiseLines.js';
import { trimBoilerplate } from '../../../src/core/extract/trimBoilerplate.js';

describe('captions with a credit, tagged teasers, account and author-box lines', () => {
  it('knows them in French, Arabic and English', () => {
    for (const line of [
      'Un chalutier quitte le port lundi matin (Photo : AFP)',
      'La corniche après la tempête (Crédit photo : Jean Dupont/Getty Images)',
      'A trawler leaves the harbour (AP Photo/Jane Roe, File)',
      'Storm damage on the coast road [File: Reuters]',
      'Waves hit the lighthouse (Photo by Jane Roe/Getty Images)',
      'قارب صيد يغادر الميناء (صورة: رويترز)',
      'Fish prices soar as the fleet stays in port [INSIGHT]',
      'Les images de la tempête [VIDÉO]',
      'أمواج العاصفة تضرب المنارة [فيديو]',
      'Sign in',
      'Se connecter',
      'تسجيل الدخول',
      'More articles from Jane Roe',
      'Tous les articles de Jeanne Roux',
      'المزيد من مقالات سعاد المنصوري',
    ])
      expect(isNoiseLine(line), line).toBe(true);
  });

  it('keeps sentences of the article that mention a photo or end in brackets', () => {
    for (const line of [
      'La tempête a aussi endommagé la vieille digue (photo ci-dessous), que le port promet de réparer.',
      'The storm damaged the breakwater (photo below).',
      'Le ministère a confirmé le bilan (AFP).',
      'The minister confirmed the toll [sic].',
      'وأكدت الوزارة الحصيلة (رويترز).',
      'Sign in sheets were handed out at the harbour office on Monday.',
    ])
      expect(isNoiseLine(line), line).toBe(false);
  });
});

describe('lines repeated in a row', () => {
  const caption = 'The harbour at dawn, from the gallery of the spring festival 2024';
  const body = ['First paragraph of the article, long enough to be body text for sure.', 'Second paragraph of the article, also long enough to count.'];

  it('drops a caption printed under each picture of a gallery', () => {
    expect(trimBoilerplate([body[0], caption, caption, caption, body[1]].join('\n\n'))).toBe(body.join('\n\n'));
  });

  it('keeps the lines a plan repeats day after day, between other lines', () => {
    const plan = ['Day 1', 'Portion: 1 green, 1 red, 1 yellow container, 1 tsp oil', 'Day 2', 'Portion: 1 green, 1 red, 1 yellow container, 1 tsp oil', 'Day 3', 'Portion: 1 green, 1 red, 1 yellow container, 1 tsp oil'].join('\n\n');
    expect(trimBoilerplate(plan)).toBe(plan);
  });
});
