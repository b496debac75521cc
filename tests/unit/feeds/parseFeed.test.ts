import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/core/feeds/parseFeed.js';
import { RevueError } from '../../../src/shared/errors.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

function malformed(run: () => unknown): RevueError {
  try {
    run();
  } catch (error) {
    if (error instanceof RevueError) return error;
    throw error;
  }
  throw new Error('expected FEED_MALFORMED');
}

describe('parseFeed — RSS 2.0', () => {
  const feed = parseFeed(fixture('rss2-fr.xml'), 'https://presse.example/rss/une.xml');

  it('reads the channel, not the title of its logo nor its atom:link self', () => {
    expect(feed.title).toBe('Le Quotidien — À la une');
    expect(feed.link).toBe('https://presse.example/');
    expect(feed.items).toHaveLength(2);
  });

  it('reads an item with French accents, content:encoded, dc:creator and a non-permalink guid', () => {
    expect(feed.items[0]).toEqual({
      guid: 'quotidien-823448',
      link: 'https://presse.example/politique/2025/06/10/reforme-retraites.html',
      title: 'Réforme des retraites : l’Assemblée adopte le texte',
      summaryHtml: 'Les députés ont voté <em>mardi</em> le projet de loi.',
      contentHtml:
        '<p>Les députés ont adopté mardi, à une courte majorité, le projet de loi.</p><p>Le débat a duré « toute la nuit ».</p>',
      publishedTime: '2025-06-10T08:30:00+02:00',
      author: 'Élodie Marchand',
    });
  });

  it('takes the name out of an "email (Name)" author, reads a CEST date, and falls back to the link for a guid', () => {
    expect(feed.items[1]).toMatchObject({
      guid: 'https://presse.example/societe/meteo-ete.html',
      author: 'Jean Dupré',
      publishedTime: '2025-06-09T18:00:00+02:00',
      contentHtml: null,
      summaryHtml: '<p>Chaleur attendue dès jeudi. <a href="/meteo">Lire la suite</a></p>',
    });
  });

  it('resolves relative links against the feed URL', () => {
    const other = parseFeed(fixture('rss2-fr.xml'), 'https://miroir.example/flux/une.xml');
    expect(other.items[0]?.link).toBe('https://miroir.example/politique/2025/06/10/reforme-retraites.html');
  });
});

describe('parseFeed — RSS 1.0 (RDF)', () => {
  const feed = parseFeed(fixture('rss1-rdf.xml'), 'https://revue-rdf.example/index.rdf');

  it('reads the channel and the items that sit beside it', () => {
    expect(feed.title).toBe('Revue RDF');
    expect(feed.items.map((item) => item.title)).toEqual(['Premier article', 'Second article']);
  });

  it('reads dc:date and dc:creator, and takes rdf:about as guid and, failing a <link>, as link', () => {
    expect(feed.items[0]).toMatchObject({ publishedTime: '2025-06-10T07:15:00+01:00', author: 'Karim Benali' });
    expect(feed.items[1]).toMatchObject({
      guid: 'https://revue-rdf.example/articles/2',
      link: 'https://revue-rdf.example/articles/2',
      publishedTime: '2025-06-09',
    });
  });
});

describe('parseFeed — Atom', () => {
  const feed = parseFeed(fixture('atom.xml'), 'https://atom.example/feed.atom');

  it('takes the alternate link, not self or edit, resolved against xml:base', () => {
    expect(feed.link).toBe('https://atom.example/');
    expect(feed.items[0]?.link).toBe('https://atom.example/blog/2025/06/sommet');
    expect(feed.items[1]?.link).toBe('https://atom.example/blog/note');
  });

  it('reads id, an HTML title as text, text summary, HTML content, published and author/name', () => {
    expect(feed.title).toBe('Carnet d’Atom');
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:atom.example,2025:entry-1',
      title: 'Les enjeux du sommet',
      summaryHtml: 'Ce que le sommet peut changer &amp; pour qui.',
      contentHtml: '<p>Le sommet s’ouvre <strong>aujourd’hui</strong>.</p>',
      publishedTime: '2025-06-10T09:00:00+02:00',
      author: 'Sophie Leclerc',
    });
  });

  it('uses updated when there is no published date, and unwraps xhtml content', () => {
    expect(feed.items[1]).toMatchObject({
      publishedTime: '2025-06-08T10:00:00+00:00',
      contentHtml: '<p>Note <b>brève</b>.</p>',
      summaryHtml: null,
    });
  });
});

describe('parseFeed — Arabic', () => {
  it('keeps Arabic title, author and right-to-left summary intact', () => {
    const feed = parseFeed(fixture('rss2-ar.xml'), 'https://jarida.example/feed/');
    expect(feed.title).toBe('الجريدة — آخر الأخبار');
    expect(feed.items[0]).toMatchObject({
      title: 'الحكومة تعلن عن خطة جديدة لدعم الفلاحين',
      author: 'محمد العلوي',
      guid: 'https://jarida.example/?p=123',
      summaryHtml: '<p dir="rtl">أعلنت الحكومة اليوم عن خطة لدعم الفلاحين المتضررين من الجفاف.</p>',
      publishedTime: '2025-06-10T10:00:00+01:00',
    });
  });
});

describe('parseFeed — broken feeds', () => {
  it('reads past a BOM and a PHP warning before <?xml, with stray & and HTML entities', () => {
    const feed = parseFeed(fixture('broken-garbage.xml'), 'https://actu.example/feed');
    expect(feed.title).toBe('Actu & Co');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      title: 'Procès\u00a0: la défense plaide légitime défense & demande l\'acquittement',
      link: 'https://actu.example/proces?id=7&page=1',
      summaryHtml: 'Le verdict est attendu vendredi… Q&A en fin d\'article.',
      publishedTime: '2025-06-11T14:05:00+00:00',
    });
  });

  it('keeps each field to itself when end tags are missing', () => {
    const feed = parseFeed(fixture('broken-unclosed.xml'), 'https://malferme.example/rss');
    expect(feed.items.map((item) => [item.title, item.link, item.summaryHtml])).toEqual([
      ['Titre sans fin', 'https://malferme.example/a1', 'Résumé un'],
      ['Deuxième', 'https://malferme.example/a2', '<p>Résumé deux</p>'],
    ]);
    expect(feed.items[0]?.publishedTime).toBe('2025-06-12T09:00:00+00:00');
  });

  it('decodes a title escaped twice and reads a CDATA title', () => {
    const xml = `<rss><channel><title><![CDATA[Flux <CDATA>]]></title>
      <item><title>L&amp;#039;info d&amp;eacute;cod&amp;eacute;e</title><link>https://x.example/1</link></item></channel></rss>`;
    const feed = parseFeed(xml, 'https://x.example/rss');
    expect(feed.items[0]?.title).toBe('L\'info décodée');
    expect(feed.title).toBe('Flux');
  });

  it('hashes title, date and summary into a stable guid when the item has neither guid nor link', () => {
    const xml = '<rss><channel><title>T</title><item><title>Sans lien</title><pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate></item></channel></rss>';
    const first = parseFeed(xml, 'https://x.example/rss').items[0];
    const again = parseFeed(xml, 'https://x.example/rss').items[0];
    expect(first?.guid).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(again?.guid).toBe(first?.guid);
    const other = parseFeed(xml.replace('Sans lien', 'Autre'), 'https://x.example/rss').items[0];
    expect(other?.guid).not.toBe(first?.guid);
  });

  it('accepts a channel that has no items yet', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Vide</title></channel></rss>', 'https://x.example/rss')).toEqual({
      title: 'Vide',
      link: null,
      language: null,
      items: [],
    });
  });
});

describe('parseFeed — not a feed', () => {
  it.each([
    ['an HTML page', fixture('not-a-feed.html')],
    ['plain text', 'Service Unavailable'],
    ['an empty body', ''],
    ['an <rss> with neither channel nor items', '<rss version="2.0"></rss>'],
    ['an Atom root with nothing in it', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'],
  ])('refuses %s with FEED_MALFORMED', (_what, text) => {
    const error = malformed(() => parseFeed(text, 'https://x.example/flux'));
    expect(error.toJSON()).toMatchObject({ code: 'FEED_MALFORMED', params: { url: 'https://x.example/flux' } });
  });
});
