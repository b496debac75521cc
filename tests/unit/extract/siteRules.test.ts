import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { isValidSelector } from '../../../src/core/extract/applySiteRules.js';

/** A page where the longest block is the readers' comments, not the short article beside it. */
const commentsWin = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le port rouvre</title></head><body>
<div class="story"><h1>Le port rouvre</h1>
<p>Le port de pêche a rouvert mardi après trois semaines de travaux sur la digue principale.</p>
<div class="encart">Lire aussi : la saison de la sardine</div>
<p>Les pêcheurs saluent la fin du chantier, qui avait privé la ville de sa criée.</p></div>
<section class="reactions">${Array.from({ length: 8 }, (_, i) => `<p>Commentaire ${i} : je trouve que cette affaire de port est vraiment mal gérée depuis des années, et personne ne dit rien à la mairie ni ailleurs.</p>`).join('')}</section>
</body></html>`;

describe('site rules in extraction', () => {
  it('takes the body the rule names and drops the parts it removes', () => {
    const a = extractArticle(commentsWin, { url: 'https://port.example/a', siteRules: { body: '.story', remove: ['.encart'] } });
    expect(a.text).toContain('Le port de pêche a rouvert');
    expect(a.text).toContain('privé la ville de sa criée');
    expect(a.text).not.toContain('Lire aussi');
    expect(a.text).not.toContain('Commentaire');
  });

  it('gathers every element a body rule matches, in page order', () => {
    const a = extractArticle(commentsWin, { siteRules: { body: '.story p' } });
    expect(a.text.split('\n\n')).toEqual([
      'Le port de pêche a rouvert mardi après trois semaines de travaux sur la digue principale.',
      'Les pêcheurs saluent la fin du chantier, qui avait privé la ville de sa criée.',
    ]);
  });

  it('falls back to ordinary extraction when the body rule matches nothing', () => {
    const ruled = extractArticle(commentsWin, { siteRules: { body: '.absent', remove: ['.reactions'] } });
    expect(ruled.text).toContain('Le port de pêche a rouvert');
    expect(ruled.text).not.toContain('Commentaire');
  });

  it('tells a selector the DOM can run from one it cannot', () => {
    expect(isValidSelector('div.story > p:not(.encart)')).toBe(true);
    expect(isValidSelector('div[[')).toBe(false);
    expect(isValidSelector('  ')).toBe(false);
  });
});
