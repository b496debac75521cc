import { DEFAULT_REFRESH_MINUTES, type FeedCandidate, type OpmlImportResult, type Source, type SourcePreview } from '../../shared/domain.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';
import { parseHttpUrl, type FetchPageOptions } from '../fetch/fetchPage.js';
import { readOpml, writeOpml } from '../feeds/opml.js';
import type { Db } from '../store/database.js';
import {
  deleteSources,
  findSourceByUrl,
  insertSource,
  listSources,
  readSource,
  setSourcesEnabled,
  updateSource,
  type SourcePatch,
} from '../store/followedSourceRepository.js';
import { resolvePublication } from '../publications/resolvePublication.js';
import { previewOf, resolveSource, type SourceRequest } from './resolveSource.js';

/** What the editor may change of a source: its publication by name (null: none). */
export type SourceEdit = Omit<SourcePatch, 'publicationId'> & { publication?: string | null };

export interface NewSourceRequest extends SourceRequest {
  name?: string | undefined;
  every?: number | undefined;
  publication?: string | undefined;
  lang?: string | undefined;
}

/** The followed sources: adding (with discovery and preview), listing, editing, OPML in and out. */
export class SourceService {
  constructor(
    private readonly db: Db,
    private readonly fetchOptions: FetchPageOptions = {},
  ) {}

  list(): Source[] {
    return listSources(this.db);
  }

  async preview(request: SourceRequest): Promise<SourcePreview> {
    return previewOf(await resolveSource(request, this.fetchOptions));
  }

  /** Follows what the address leads to; SOURCE_EXISTS when it is already followed. Its first refresh imports the items. */
  async add(request: NewSourceRequest): Promise<{ source: Source; candidates: FeedCandidate[] }> {
    const resolved = await resolveSource(request, this.fetchOptions);
    const existing = findSourceByUrl(this.db, resolved.url);
    if (existing !== null) throw new RevueError('SOURCE_EXISTS', { name: existing.name, url: resolved.url });
    const now = new Date().toISOString();
    const id = this.db.transaction(() =>
      insertSource(this.db, {
        name: request.name ?? resolved.parsed.title ?? new URL(resolved.url).hostname,
        url: resolved.url,
        linkSelector: resolved.kind === 'page' ? (request.links ?? null) : null,
        every: request.every ?? DEFAULT_REFRESH_MINUTES,
        publicationId: request.publication === undefined ? null : this.publicationId(request.publication, now),
        lang: request.lang ?? null,
        now,
      }),
    )();
    return { source: this.get(id), candidates: resolved.candidates };
  }

  /** Edits a source; its publication is named (found in the registry, or registered) or null for none. */
  update(id: number, patch: SourceEdit): Source {
    const source = this.get(id);
    if (patch.linkSelector !== undefined && source.kind === 'feed') {
      throw new RevueError('FEED_HAS_NO_LINKS');
    }
    const { publication, ...rest } = patch;
    const now = new Date().toISOString();
    this.db.transaction(() => {
      const publicationId = publication === undefined ? undefined : publication === null ? null : this.publicationId(publication, now);
      updateSource(this.db, id, { ...rest, ...(publicationId === undefined ? {} : { publicationId }) });
    })();
    return this.get(id);
  }

  /** The registry's publication of that name (or alias, or address), registered when it has none. */
  private publicationId(name: string, now: string): number | null {
    return resolvePublication(this.db, { siteName: name, url: null }, now)?.id ?? null;
  }

  setEnabled(ids: number[], enabled: boolean): { changed: number } {
    return { changed: setSourcesEnabled(this.db, ids, enabled) };
  }

  remove(ids: number[]): { removed: number } {
    return { removed: deleteSources(this.db, ids) };
  }

  /** Follows the feeds of an OPML file without fetching them: their first refresh checks them. */
  importOpml(text: string): OpmlImportResult {
    const result: OpmlImportResult = { added: [], existing: [], failed: [] };
    const now = new Date().toISOString();
    for (const feed of readOpml(text)) {
      let url: string;
      try {
        url = parseHttpUrl(feed.url).href;
      } catch (error) {
        result.failed.push({ url: feed.url, name: feed.name, error: toSerializedError(error) });
        continue;
      }
      if (findSourceByUrl(this.db, url) !== null) {
        result.existing.push({ url, name: feed.name });
        continue;
      }
      const id = insertSource(this.db, {
        name: feed.name ?? new URL(url).hostname,
        url,
        linkSelector: null,
        every: DEFAULT_REFRESH_MINUTES,
        publicationId: null,
        lang: null,
        now,
      });
      result.added.push(this.get(id));
    }
    return result;
  }

  /** OPML 2.0 of the followed feeds (page sources have no feed to list). */
  exportOpml(): { opml: string } {
    const feeds = listSources(this.db).filter((source) => source.kind === 'feed');
    return { opml: writeOpml('Revue — sources', feeds, new Date()) };
  }

  private get(id: number): Source {
    const source = readSource(this.db, id);
    if (source === null) throw new RevueError('NOT_FOUND', { what: `source ${id}` });
    return source;
  }
}
