import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';
import { startLocalServer, type LocalServer } from '../fetch/localServer';

/** A page of our own where readers' comments outweigh the short story next to them. */
function commentedPage(slug: string): string {
  const comments = Array.from(
    { length: 9 },
    (_, i) => `<p>Réaction ${i} de ${slug} : cette histoire de digue est un scandale qui dure depuis des années, et personne à la mairie ne veut rien entendre de nos plaintes répétées.</p>`,
  ).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le port ${slug} rouvre</title>
<meta property="og:site_name" content="Le Courrier du Port"></head><body>
<div class="page"><div class="story"><h1>Le port ${slug} rouvre</h1>
<p>Le port de pêche ${slug} a rouvert mardi après trois semaines de travaux sur la digue principale.</p>
<div class="encart">Lire aussi : la saison de la sardine</div>
<p>Les pêcheurs saluent la fin du chantier, qui avait privé la ville de sa criée.</p></div>
<section class="reactions"><h2>Vos réactions</h2>${comments}</section></div></body></html>`;
}

const page = (body: string) => (_req: unknown, res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
};

let archive: TestArchive;
let server: LocalServer;
beforeEach(async () => {
  archive = openTestArchive();
  server = await startLocalServer({
    '/port-a': page(commentedPage('alpha')),
    '/port-b': page(commentedPage('bêta')),
    '/rss': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Courrier du Port</title><link>${server.origin}/</link>
<item><title>La criée rouvre</title><link>${server.origin}/criee</link><guid>c-1</guid>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<div class="story"><p>La criée du port a rouvert ses portes ce matin, sous les applaudissements des mareyeurs venus nombreux pour l'occasion.</p><p>Les premières caisses de sardines se sont vendues en quelques minutes à peine.</p><p>Le directeur du port a rappelé que les travaux de la digue avaient coûté plus cher que prévu, mais que la sécurité des bateaux était à ce prix, surtout pendant les tempêtes d'hiver qui frappent la côte.</p><p>Les mareyeurs espèrent désormais que la fréquentation reviendra vite au niveau d'avant le chantier, quand la criée attirait chaque matin des acheteurs venus de toute la région et même de l'étranger.</p></div><div class="encart"><p>Notre correspondant au port publie chaque semaine une chronique sur la vie des pêcheurs et des mareyeurs, à retrouver dans notre supplément du samedi.</p></div>]]></content:encoded></item>
</channel></rss>`);
    },
  });
});
afterEach(async () => {
  archive.close();
  await server.close();
});

async function importUrl(path: string): Promise<number> {
  const [outcome] = await archive.call('import.urls', { urls: [`${server.origin}${path}`] });
  if (outcome?.status !== 'imported') throw new Error(`import of ${path}: ${JSON.stringify(outcome)}`);
  return outcome.article.id;
}

describe('site rules and re-extraction', () => {
  it('previews a rule on the kept page, offers its blocks, and re-extracts with it keeping the highlights still in the text', async () => {
    const id = await importUrl('/port-a');
    const before = await archive.call('articles.get', { id });
    expect(before.text).toContain('Réaction');

    const keptQuote = await archive.call('highlights.create', { articleId: id, exact: 'trois semaines de travaux' });
    const lostQuote = await archive.call('highlights.create', { articleId: id, exact: 'personne à la mairie' });

    const preview = await archive.call('siteRules.preview', { articleId: id, body: 'div.story', remove: ['.encart'] });
    expect(preview.domain).toBe('127.0.0.1');
    expect(preview.matched).toBe(1);
    expect(preview.text).toContain('a rouvert mardi');
    expect(preview.text).not.toContain('Réaction');
    expect(preview.text).not.toContain('Lire aussi');
    expect(preview.blocks.map((b) => b.selector)).toEqual(expect.arrayContaining(['div.story', 'section.reactions']));
    // Nothing was saved by a preview.
    expect(await archive.call('siteRules.list', {})).toEqual([]);

    await archive.call('siteRules.save', { domain: preview.domain ?? '', body: 'div.story', remove: ['.encart'] });
    const result = await archive.call('articles.reextract', { id });
    expect(result.article.text).toContain('a rouvert mardi');
    expect(result.article.text).not.toContain('Réaction');
    expect(result.article.title).toBe(before.title);
    expect(result.kept).toBe(1);
    expect(result.unanchored).toEqual([{ id: lostQuote.id, exact: 'personne à la mairie' }]);
    const highlights = await archive.call('highlights.list', { articleId: id });
    expect(highlights.find((h) => h.id === keptQuote.id)?.prefix).toContain('après');
    // The old text is out of the search index, the new one in.
    expect((await archive.call('articles.search', { query: 'mairie' })).total).toBe(0);
    expect((await archive.call('articles.search', { query: 'criée' })).total).toBe(1);
  });

  it('applies a saved rule at import, from a URL, a feed and a saved file that states its address', async () => {
    await archive.call('siteRules.save', { domain: `http://127.0.0.1/`, body: '.story', remove: ['.encart'] });
    const fromUrl = await archive.call('articles.get', { id: await importUrl('/port-b') });
    expect(fromUrl.text).toContain('Le port de pêche bêta a rouvert');
    expect(fromUrl.text).not.toMatch(/Réaction|Lire aussi/);

    const [feed] = await archive.call('import.urls', { urls: [`${server.origin}/rss`] });
    if (feed?.status !== 'imported') throw new Error(JSON.stringify(feed));
    const fromFeed = await archive.call('articles.get', { id: feed.article.id });
    expect(fromFeed.text).toContain('Les premières caisses de sardines');
    expect(fromFeed.text).not.toContain('chronique');

    const saved = commentedPage('gamma').replace('<meta charset="utf-8">', `<meta charset="utf-8"><link rel="canonical" href="${server.origin}/port-g">`);
    const [file] = await archive.call('import.files', { files: [{ name: 'port-g.html', dataBase64: Buffer.from(saved).toString('base64') }] });
    if (file?.status !== 'imported') throw new Error(JSON.stringify(file));
    const fromFile = await archive.call('articles.get', { id: file.article.id });
    expect(fromFile.text).toContain('Le port de pêche gamma a rouvert');
    expect(fromFile.text).not.toContain('Réaction');
  });

  it('refuses a selector the extractor cannot run, and says when an article has no kept page', async () => {
    expect(await archive.failure('siteRules.save', { domain: 'exemple.ma', body: 'div[[', remove: [] })).toBe('SELECTOR_INVALID');
    expect(await archive.failure('siteRules.save', { domain: 'pas un domaine', body: 'main', remove: [] })).toBe('DOMAIN_INVALID');
    const pasted = archive.addArticle('collé');
    expect(await archive.failure('articles.reextract', { id: pasted })).toBe('ORIGINAL_NOT_KEPT');
    const rule = await archive.call('siteRules.save', { domain: 'www.Exemple.ma', body: null, remove: ['.pub'] });
    expect(rule).toMatchObject({ domain: 'exemple.ma', body: null, remove: ['.pub'] });
    expect(await archive.call('siteRules.remove', { domain: 'exemple.ma' })).toEqual({ removed: true });
  });
});
