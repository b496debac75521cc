import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { fixture } from './fixtures.js';

describe('aggregator pages (press-digest sites)', () => {
  it('credits the original French paper, its date and its link, and keeps only the article', () => {
    const a = extractArticle(fixture('aggregator-fr.html'), { url: 'https://digest.example.org/fr/castelmer' });
    expect(a.siteName).toBe("L'opinion");
    expect(a.publishedTime).toBe('2016-11-05');
    expect(a.url).toBe('https://www.lopinion.example/castelmer-port-rouvre');
    expect(a.title).toBe('Le port de Castelmer rouvre ses quais');
    expect(a.lang).toBe('fr');
    expect(a.text.startsWith('Après dix-huit mois de travaux')).toBe(true);
    expect(a.text.endsWith('plutôt qu\'au port voisin.')).toBe(true);
    expect(a.text.split('\n\n')).toHaveLength(3);
    for (const noise of ['Publié dans', 'Cliquez ici', 'Merci d', 'automatiquement bloquée', 'cerfs-volants', 'tramway']) {
      expect(a.text).not.toContain(noise);
      expect(a.html).not.toContain(noise);
    }
    expect(a.html).toContain('src="https://images.example.org/port.jpg"');
  });

  it('reads the Arabic edition: source, Eastern-digit date, source link, right-to-left', () => {
    const a = extractArticle(fixture('aggregator-ar.html'), { url: 'https://digest.example.org/ar/1' });
    expect(a.siteName).toBe('الصباح');
    expect(a.publishedTime).toBe('2024-03-12');
    expect(a.url).toBe('https://assabah.example/news/maktaba');
    expect(a.lang).toBe('ar');
    expect(a.dir).toBe('rtl');
    expect(a.text.startsWith('افتتحت بلدية مدينة الواحة')).toBe(true);
    for (const noise of ['نشر في', 'اضغط هنا', 'شكرا على الإبلاغ', 'حجب هذه الصورة', 'مهرجان الشعر']) {
      expect(a.text).not.toContain(noise);
    }
  });
});
