import type { ImportOutcome, Source } from '../../../shared/domain';
import { RevueError, type SerializedError } from '../../../shared/errors';
import { ApiError, call } from '../lib/api';
import { fileToBase64, isHtmlFile } from './fileToBase64';
import { parseUrlList } from './parseUrlList';

export type ImportSource = 'urls' | 'files' | 'text' | 'feeds';

/** One line of the outcome list; a feed yields several per item. */
export interface OutcomeRow {
  key: number;
  outcome: ImportOutcome;
  /** Set when the failure came from the call itself or the browser, with its parameters. */
  error?: SerializedError;
}

function failedRow(key: number, input: string, error: SerializedError): OutcomeRow {
  return { key, outcome: { input, status: 'failed', code: error.code, message: error.message, params: error.params }, error };
}

function asSerialized(error: unknown): SerializedError {
  if (error instanceof ApiError) return error.error;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Erreur interne : ${detail}`, params: { detail } };
}

/**
 * The import batch under way: it sends one item per call so the panel can show "3 / 10" and
 * each outcome as it arrives, and stops between items when cancelled.
 */
export class ImportState {
  source = $state<ImportSource | null>(null);
  total = $state(0);
  done = $state(0);
  running = $state(false);
  cancelRequested = $state(false);
  cancelled = $state(false);
  rows = $state<OutcomeRow[]>([]);
  feeds = $state<Source[]>([]);
  /** Articles a refresh of followed feeds brought (a refresh reports counts, not each item). */
  refreshed = $state(0);
  feedsError = $state<SerializedError | null>(null);

  counts = $derived.by(() => {
    const counts = { imported: this.refreshed, duplicate: 0, failed: 0 };
    for (const row of this.rows) counts[row.outcome.status] += 1;
    return counts;
  });
  finished = $derived(!this.running && this.total > 0);

  private nextKey = 0;

  /** `onImported` refreshes what shows the archive (the article list) after new articles. */
  constructor(private readonly onImported: () => Promise<void>) {}

  /** Imports the addresses of the box; resolves with those that failed, as typed, to put back in it. */
  importUrls(text: string): Promise<string[]> {
    return this.run('urls', parseUrlList(text), (url) => call('import.urls', { urls: [url] }), (url) => url);
  }

  async importFiles(files: File[]): Promise<void> {
    await this.run(
      'files',
      files,
      async (file) => {
        if (!isHtmlFile(file)) {
          throw new ApiError(new RevueError('NOT_HTML', { type: file.type || '?', input: file.name }).toJSON());
        }
        return call('import.files', { files: [{ name: file.name, dataBase64: await fileToBase64(file) }] });
      },
      (file) => file.name,
    );
  }

  async importText(text: string, url: string): Promise<void> {
    const source = url.trim();
    await this.run(
      'text',
      [text],
      (pasted) => call('import.text', source ? { text: pasted, url: source } : { text: pasted }),
      () => 'texte collé',
    );
  }

  /** Follows a feed as a source and imports its items now (the Sources screen offers the rest). */
  async subscribe(url: string, name: string): Promise<void> {
    const label = name.trim();
    await this.run(
      'feeds',
      [url.trim()],
      async (feedUrl) => {
        const outcomes = await call('import.urls', { urls: [feedUrl] });
        if (label) await this.renameFollowed(feedUrl, label);
        return outcomes;
      },
      (feedUrl) => feedUrl,
    );
    await this.loadFeeds();
  }

  /** One feed, or all of them one after the other (so the progress moves and cancel works). */
  async refresh(feed?: Source): Promise<void> {
    const feeds = feed ? [feed] : [...this.feeds];
    await this.run(
      'feeds',
      feeds,
      async (one) => {
        const report = await call('refresh.run', { ids: [one.id] });
        this.refreshed += report.new;
        if (report.new > 0) await this.onImported();
        const failed = report.sources.find((source) => source.failed)?.error;
        if (failed) throw new ApiError(failed);
        return [];
      },
      (one) => one.url,
    );
    await this.loadFeeds();
  }

  private async renameFollowed(feedUrl: string, name: string): Promise<void> {
    const followed = (await call('sources.list', {})).find((source) => source.url === feedUrl || source.url === `${feedUrl}/`);
    if (followed && followed.name !== name) await call('sources.update', { id: followed.id, name });
  }

  async loadFeeds(): Promise<void> {
    try {
      this.feeds = (await call('sources.list', {})).filter((source) => source.kind === 'feed');
      this.feedsError = null;
    } catch (error) {
      this.feedsError = asSerialized(error);
    }
  }

  /** Stops after the item under way; what finished stays imported. */
  cancel(): void {
    if (this.running) this.cancelRequested = true;
  }

  clear(): void {
    if (this.running) return;
    this.rows = [];
    this.total = 0;
    this.done = 0;
    this.source = null;
    this.cancelled = false;
  }

  private async run<T>(
    source: ImportSource,
    items: T[],
    importOne: (item: T) => Promise<ImportOutcome[]>,
    describe: (item: T) => string,
  ): Promise<T[]> {
    const failed: T[] = [];
    if (this.running || items.length === 0) return failed;
    this.source = source;
    this.rows = [];
    this.refreshed = 0;
    this.total = items.length;
    this.done = 0;
    this.cancelled = false;
    this.cancelRequested = false;
    this.running = true;
    try {
      for (const [index, item] of items.entries()) {
        if (this.cancelRequested) {
          this.cancelled = true;
          // Not tried: they stay to be tried again, like the failed ones.
          failed.push(...items.slice(index));
          break;
        }
        let rows: OutcomeRow[];
        try {
          rows = (await importOne(item)).map((outcome) => ({ key: this.nextKey++, outcome }));
        } catch (error) {
          rows = [failedRow(this.nextKey++, describe(item), asSerialized(error))];
        }
        this.rows.push(...rows);
        if (rows.some((row) => row.outcome.status === 'failed')) failed.push(item);
        this.done += 1;
        // The list fills as the batch goes, not only at its end.
        if (rows.some((row) => row.outcome.status === 'imported')) await this.onImported();
      }
    } finally {
      this.running = false;
      this.cancelRequested = false;
    }
    return failed;
  }
}
