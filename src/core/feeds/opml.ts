import { generateOpml, parseOpml } from 'feedsmith';
import { RevueError } from '../../shared/errors.js';

/** One feed listed in an OPML file. */
export interface OpmlFeed {
  url: string;
  /** The outline's text or title; null when the file gives neither. */
  name: string | null;
  /** The folder it sat in (the outline above it), as feed readers group feeds. */
  folder: string | null;
}

type Outline = { text?: string; title?: string; xmlUrl?: string; outlines?: Outline[] };

/**
 * The feeds of an OPML file (1.0 or 2.0), at any depth of nested outlines, each once; missing
 * titles tolerated. Throws OPML_INVALID when the text is not OPML, OPML_EMPTY when it lists no feed.
 */
export function readOpml(text: string): OpmlFeed[] {
  let outlines: Outline[];
  try {
    outlines = (parseOpml(text.replace(/^\ufeff/, '')).body?.outlines ?? []) as Outline[];
  } catch (error) {
    throw new RevueError('OPML_INVALID', { detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (list: Outline[], folder: string | null): void => {
    for (const outline of list) {
      const name = outline.text?.trim() || outline.title?.trim() || null;
      const url = outline.xmlUrl?.trim();
      if (url && !seen.has(url)) {
        seen.add(url);
        feeds.push({ url, name, folder });
      }
      if (outline.outlines) walk(outline.outlines, url ? folder : (name ?? folder));
    }
  };
  walk(outlines, null);
  if (feeds.length === 0) throw new RevueError('OPML_EMPTY');
  return feeds;
}

/** An OPML 2.0 document listing the feeds, for another reader or a backup of the list. */
export function writeOpml(title: string, feeds: { name: string; url: string; siteUrl?: string | null }[], now: Date): string {
  // feedsmith refuses a body without outlines; an empty list is still a valid OPML 2.0 document.
  if (feeds.length === 0) {
    const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>${escaped}</title>\n    <dateCreated>${now.toUTCString()}</dateCreated>\n  </head>\n  <body/>\n</opml>\n`;
  }
  return generateOpml({
    head: { title, dateCreated: now },
    body: {
      outlines: feeds.map((feed) => ({
        text: feed.name,
        title: feed.name,
        type: 'rss',
        xmlUrl: feed.url,
        ...(feed.siteUrl ? { htmlUrl: feed.siteUrl } : {}),
      })),
    },
  });
}
