import { DEFAULT_REFRESH_MINUTES, type ImportOutcome } from '../../shared/domain.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';
import { fetchPage, type FetchPageOptions } from '../fetch/fetchPage.js';
import { readFeed } from '../feeds/readFeed.js';
import type { Db } from '../store/database.js';
import { findSourceByUrl, insertSource } from '../store/followedSourceRepository.js';
import { importFeedItems } from './importFeedItems.js';
import { isUrlInput, loadFileBytes, loadInput, type LoadedInput } from './loadInput.js';
import { articleFromPastedText } from './pastedText.js';
import { saveArticle } from './saveArticle.js';
import { extractPage } from '../siteRules/extractPage.js';

/** "lemonde.fr/article" as typed by a hurried editor means https://lemonde.fr/article. */
function withScheme(input: string): string {
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(input) ? `https://${input}` : input;
}

function failed(input: string, error: unknown): ImportOutcome {
  const serialized = toSerializedError(error);
  return { input, status: 'failed', code: serialized.code, message: serialized.message, params: serialized.params };
}

/** Turns pages, files, feeds and pasted text into articles of the archive, one transaction each. */
export class ImportService {
  constructor(
    private readonly db: Db,
    private readonly fetchOptions: FetchPageOptions = {},
  ) {}

  /**
   * URLs (and, from the CLI only, file paths), in order; a feed among them is subscribed to and its
   * items imported. The UI's transports never pass allowFiles: a page must not read the disk.
   */
  async importInputs(
    inputs: string[],
    options: { allowFiles?: boolean; onOutcome?: (outcome: ImportOutcome) => void } = {},
  ): Promise<ImportOutcome[]> {
    const outcomes: ImportOutcome[] = [];
    for (const raw of inputs) {
      const input = options.allowFiles ? raw : withScheme(raw);
      let results: ImportOutcome[];
      try {
        if (!options.allowFiles && !isUrlInput(input)) throw new RevueError('URL_INVALID', { url: raw });
        results = await this.importLoaded(await loadInput(input, this.fetchOptions));
      } catch (error) {
        results = [failed(input, error)];
      }
      for (const outcome of results) {
        outcomes.push(outcome);
        options.onOutcome?.(outcome);
      }
    }
    return outcomes;
  }

  /** Files dropped on the window or picked: their bytes, decoded by their own charset. */
  async importFileData(name: string, bytes: Uint8Array): Promise<ImportOutcome> {
    try {
      const loaded = await loadFileBytes(name, bytes);
      if (loaded.kind === 'feed') throw new RevueError('INVALID_INPUT', { detail: `${name}: subscribe to feeds by URL` });
      const page = extractPage(this.db, loaded.html, { url: loaded.url, input: name });
      return saveArticle(this.db, name, page.article, undefined, page.original);
    } catch (error) {
      return failed(name, error);
    }
  }

  importPastedText(text: string, url: string | null = null): ImportOutcome {
    try {
      return saveArticle(this.db, 'texte collé', articleFromPastedText(text, url));
    } catch (error) {
      return failed('texte collé', error);
    }
  }

  private async importLoaded(loaded: LoadedInput): Promise<ImportOutcome[]> {
    if (loaded.kind === 'feed') return this.importFeed(loaded.url, loaded.xml);
    const page = extractPage(this.db, loaded.html, { url: loaded.url, input: loaded.input });
    return [saveArticle(this.db, loaded.input, page.article, undefined, page.original)];
  }

  /** A feed given as an input is followed as a source (with the defaults) and its items imported now. */
  private async importFeed(url: string, xml: string): Promise<ImportOutcome[]> {
    const parsed = readFeed(xml, url);
    const source = findSourceByUrl(this.db, url) ?? this.follow(url, parsed.title);
    const fetchArticlePage = (link: string) => fetchPage(link, { accept: 'html', ...this.fetchOptions });
    return (await importFeedItems(this.db, source, parsed.items, { fetchArticlePage, declaredLang: parsed.language })).outcomes;
  }

  private follow(url: string, title: string | null): { id: number; name: string } {
    const now = new Date().toISOString();
    const name = title || new URL(url).hostname;
    const id = insertSource(this.db, { name, url, linkSelector: null, every: DEFAULT_REFRESH_MINUTES, publicationId: null, lang: null, now });
    return { id, name };
  }
}
