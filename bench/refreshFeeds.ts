// The feeds the refresh benchmark serves: written here, the same on every run (seeded text).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const WORDS = (
  'gouvernement réforme budget syndicats ministre région village école hôpital port usine récolte pluie tribunal ' +
  'élection conseil maire député festival musée stade équipe victoire défaite marché prix loyer banque crédit export ' +
  'frontière accord sommet rapport enquête police justice prison route train avion énergie solaire barrage forêt ' +
  'incendie sécheresse pêche université étudiants grève salaire retraite commune habitants projet travaux quartier ' +
  'entreprise emploi chômage inflation croissance dette impôt santé médecin patients vaccin climat eau agriculture'
).split(' ');

/** About `words` words of text of its own for each seed (no two items read as one story). */
function text(seed: number, words: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(WORDS[(state >>> 8) % WORDS.length] ?? 'mot');
    if (i % 18 === 17) out.push('.');
  }
  return out.join(' ').replace(/ \./g, '.');
}

export interface FeedPlan {
  feeds: number;
  itemsPerFeed: number;
  /** Every nth feed answers after a while. */
  slowEvery: number;
  slowMs: number;
  /** Every nth feed answers 500. */
  failEvery: number;
}

function rss(feed: number, plan: FeedPlan, origin: string): string {
  const items: string[] = [];
  for (let i = 0; i < plan.itemsPerFeed; i++) {
    const seed = feed * 1000 + i;
    const paragraphs = [0, 1, 2, 3].map((p) => `<p>${text(seed * 7 + p, 60)}</p>`).join('');
    const date = new Date(Date.UTC(2025, 11, 31, 8, 0) - (feed * plan.itemsPerFeed + i) * 60_000).toUTCString();
    items.push(`<item><title>Article ${feed}-${i} : ${text(seed, 8)}</title><link>${origin}/articles/${feed}/${i}</link>
<guid isPermaLink="false">bench-${feed}-${i}</guid><pubDate>${date}</pubDate><dc:creator>Rédaction ${feed}</dc:creator>
<description>${text(seed + 5, 25)}</description><content:encoded><![CDATA[${paragraphs}]]></content:encoded></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Flux ${feed}</title><link>${origin}/</link><language>fr</language>
${items.join('\n')}
</channel></rss>`;
}

export interface FeedServers {
  /** The feeds' addresses, spread over several sites (a port each) as real sources are over hosts. */
  urls: string[];
  /** Requests answered 304. */
  notModified(): number;
  close(): Promise<void>;
}

/** Starts `sites` HTTP servers on 127.0.0.1 sharing the feeds of the plan between them. */
export async function startFeedServers(plan: FeedPlan, sites: number): Promise<FeedServers> {
  const servers: Server[] = [];
  const urls: string[] = [];
  let notModified = 0;
  const bodies = new Map<number, string>();
  for (let s = 0; s < sites; s++) {
    const server = createServer((req, res) => {
      const match = /^\/feeds\/(\d+)\.xml$/.exec(req.url ?? '');
      const feed = Number(match?.[1] ?? -1);
      if (!match || feed < 0 || feed >= plan.feeds) return void res.writeHead(404).end();
      if (plan.failEvery > 0 && feed % plan.failEvery === plan.failEvery - 1) return void res.writeHead(500).end('panne');
      const etag = `"f${feed}"`;
      const answer = (): void => {
        if (req.headers['if-none-match'] === etag) {
          notModified++;
          return void res.writeHead(304, { ETag: etag }).end();
        }
        let body = bodies.get(feed);
        if (body === undefined) {
          body = rss(feed, plan, `http://${req.headers.host ?? ''}`);
          bodies.set(feed, body);
        }
        res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag, 'Last-Modified': 'Wed, 31 Dec 2025 07:00:00 GMT' }).end(body);
      };
      if (plan.slowEvery > 0 && feed % plan.slowEvery === 0) setTimeout(answer, plan.slowMs);
      else answer();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
  }
  for (let feed = 0; feed < plan.feeds; feed++) {
    const server = servers[feed % sites];
    const { port } = server?.address() as AddressInfo;
    urls.push(`http://127.0.0.1:${port}/feeds/${feed}.xml`);
  }
  return {
    urls,
    notModified: () => notModified,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
