import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { siteNameFromTitle } from '../../../src/core/extract/siteNameFromTitle.js';

describe('the site name a page states only in its <title>', () => {
  it('is the part at the other end of the <title> from the chosen headline', () => {
    expect(siteNameFromTitle('Oil prices climb as supply worries grow | Global Wire Service', 'Oil prices climb as supply worries grow')).toBe('Global Wire Service');
    expect(siteNameFromTitle("Le Courrier de l'Oriental - Les agriculteurs manifestent", 'Les agriculteurs manifestent')).toBe("Le Courrier de l'Oriental");
    expect(siteNameFromTitle('Budget : les régions attendent | Économie | La Voix du Nord', 'Budget : les régions attendent')).toBe('La Voix du Nord');
    expect(siteNameFromTitle('هسبريس - تراجع مخزون السدود بجهة الشرق', 'تراجع مخزون السدود بجهة الشرق')).toBe('هسبريس');
  });

  it('is nothing when the title choice kept the whole <title>, or when the other end is not a name', () => {
    expect(siteNameFromTitle('Crise : le gouvernement répond aux syndicats', 'Crise : le gouvernement répond aux syndicats')).toBeNull();
    expect(siteNameFromTitle('Grain exports halted', 'Grain exports halted')).toBeNull();
    expect(siteNameFromTitle('Grain exports halted - Page 2', 'Grain exports halted')).toBeNull();
    expect(siteNameFromTitle('Grain exports halted | a long description of everything this site offers to its readers', 'Grain exports halted')).toBeNull();
    expect(siteNameFromTitle(null, 'Grain exports halted')).toBeNull();
  });

  it('names the publication of a page without metadata, and yields to the metadata', () => {
    const page = (head: string) => `<html><head><title>Port strike enters third day | The Harbour Courier</title>${head}</head><body><article><h1>Port strike enters third day</h1>
      <p>Dock workers kept the grain terminal closed on Tuesday, leaving a dozen bulk carriers waiting at anchor outside the breakwater as talks stalled over night-shift pay.</p>
      <p>Exporters said the delay was already costing them fees, and several warned that contracts due at the end of the month could be cancelled if loading did not resume.</p></article></body></html>`;
    const bare = extractArticle(page(''), { url: 'https://www.harbour-courier.example/port-strike' });
    expect(bare.title).toBe('Port strike enters third day');
    expect(bare.siteName).toBe('The Harbour Courier');
    expect(extractArticle(page('<meta property="og:site_name" content="Harbour Courier Online">'), { url: 'https://www.harbour-courier.example/port-strike' }).siteName).toBe('Harbour Courier Online');
  });
});
