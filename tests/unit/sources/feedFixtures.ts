import type { IncomingMessage, ServerResponse } from 'node:http';
import { distinctText } from '../helpers/testArchive';

/** An item of a feed we write for a test: full text unless `summaryOnly`. */
export interface ItemSpec {
  guid: string;
  title: string;
  link: string;
  /** Distinct text per seed, long enough to be an article. */
  seed: string;
  summaryOnly?: boolean;
  date?: string;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Two paragraphs of the seed's own text: over the length of a teaser, never the same story as another seed. */
export function itemBody(seed: string): string {
  const text = distinctText(seed);
  const half = Math.floor(text.length / 2);
  return `<p>${escape(text.slice(0, half))}</p><p>${escape(text.slice(half))}</p>`;
}

export function rssFeed(title: string, items: ItemSpec[]): string {
  const entries = items
    .map((item) => {
      const body = item.summaryOnly
        ? `<description>${escape(`${item.title}… Lire la suite`)}</description>`
        : `<content:encoded><![CDATA[${itemBody(item.seed)}]]></content:encoded>`;
      return `<item><title>${escape(item.title)}</title><link>${item.link}</link><guid isPermaLink="false">${item.guid}</guid>
<pubDate>${new Date(item.date ?? '2025-12-31T08:00:00+01:00').toUTCString()}</pubDate>${body}</item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escape(title)}</title><link>https://quotidien.example/</link>
${entries}
</channel></rss>`;
}

export function atomFeed(title: string, items: ItemSpec[]): string {
  const entries = items
    .map(
      (item) => `<entry><title>${escape(item.title)}</title><link rel="alternate" href="${item.link}"/><id>${item.guid}</id>
<updated>${item.date ?? '2025-12-31T08:00:00+01:00'}</updated><content type="html">${escape(itemBody(item.seed))}</content></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${escape(title)}</title><id>urn:test</id>
<updated>2025-12-31T08:00:00Z</updated>${entries}</feed>`;
}

export function jsonFeed(title: string, items: ItemSpec[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((item) => ({
      id: item.guid,
      url: item.link,
      title: item.title,
      content_html: itemBody(item.seed),
      date_published: item.date ?? '2025-12-31T08:00:00+01:00',
    })),
  });
}

/** n items numbered from `from`, on `origin`. */
export function items(origin: string, prefix: string, n: number, from = 1): ItemSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    guid: `${prefix}-${from + i}`,
    title: `Article ${prefix} ${from + i}`,
    link: `${origin}/articles/${prefix}-${from + i}`,
    seed: `${prefix}${from + i}`,
  }));
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Serves a body with a fixed ETag and Last-Modified, answering 304 to a request that presents either. */
export function conditional(type: string, body: () => string, tag = '"v1"'): Handler {
  const lastModified = 'Wed, 31 Dec 2025 07:00:00 GMT';
  return (req, res) => {
    if (req.headers['if-none-match'] === tag || req.headers['if-modified-since'] === lastModified) {
      res.writeHead(304, { ETag: tag, 'Last-Modified': lastModified }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': type, ETag: tag, 'Last-Modified': lastModified }).end(body());
  };
}

export const send =
  (type: string, body: () => string): Handler =>
  (_req, res) =>
    void res.writeHead(200, { 'Content-Type': type }).end(body());
