import type { RefreshReport, RefreshStatus, SourceRefresh } from '../../shared/domain.js';
import { RevueError, toSerializedError, type SerializedError } from '../../shared/errors.js';
import { decodeHtml } from '../extract/decodeHtml.js';
import { fetchPage, type FetchPageOptions } from '../fetch/fetchPage.js';
import { HostLimiter } from '../fetch/hostLimiter.js';
import type { ParsedFeed } from '../feeds/feedTypes.js';
import { pageLinks } from '../feeds/pageLinks.js';
import { readFeed } from '../feeds/readFeed.js';
import { importFeedItems } from '../import/importFeedItems.js';
import type { Db } from '../store/database.js';
import {
  recordSourceChecked,
  recordSourceDeferred,
  recordSourceFailed,
  sourcesToRefresh,
  type SourceToRefresh,
} from '../store/followedSourceRepository.js';
import { otherHolder, RefreshLock } from './refreshLock.js';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from './schedule.js';

/**
 * Sources under way at once. More than the 8 requests the host limiter lets out: while some
 * sources' items are being imported (CPU), others' feeds are being fetched (network).
 */
const SOURCES_AT_ONCE = 16;

export interface RefreshOptions {
  /** Every enabled source, due or not. */
  all?: boolean;
  /** These sources only (paused ones included: the editor asked). */
  ids?: number[];
  /** How long to wait for a refresh held elsewhere before REFRESH_BUSY. */
  waitMs?: number;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

function retryAfterOf(error: SerializedError): number | null {
  const value = error.params['retryAfterSeconds'];
  return typeof value === 'number' ? value : null;
}

/**
 * Refreshes the archive's sources: one refresh at a time across processes (the archive's lock),
 * conditional requests, at most 2 requests per host and 8 in all, a server's 429/503 and
 * Retry-After honoured for the rest of the run, backoff for failing sources.
 */
export class RefreshService {
  private current: Promise<RefreshReport> | null = null;
  private progress = { done: 0, total: 0, newArticles: 0 };
  private lastFinishedAt: string | null = null;
  private lock: RefreshLock | null = null;

  constructor(
    private readonly db: Db,
    private readonly fetchOptions: FetchPageOptions = {},
  ) {}

  /** Runs a refresh (waiting for one under way in this process or, up to waitMs, elsewhere). */
  async run(options: RefreshOptions = {}): Promise<RefreshReport> {
    const waitMs = options.waitMs ?? 0;
    const deadline = Date.now() + waitMs;
    while (this.current !== null) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new RevueError('REFRESH_BUSY', { pid: process.pid, host: 'localhost' });
      await Promise.race([this.current.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, remaining))]);
    }
    const run = this.runLocked(options, Math.max(0, deadline - Date.now()));
    this.current = run;
    try {
      return await run;
    } finally {
      this.current = null;
    }
  }

  status(): RefreshStatus {
    const elsewhere = this.current === null ? otherHolder(this.db, this.lock?.token ?? null) : null;
    return {
      running: this.current !== null,
      ...this.progress,
      lastFinishedAt: this.lastFinishedAt,
      elsewhere: elsewhere === null ? null : { pid: elsewhere.pid, host: elsewhere.host },
    };
  }

  private async runLocked(options: RefreshOptions, waitMs: number): Promise<RefreshReport> {
    const lock = await RefreshLock.acquire(this.db, waitMs);
    this.lock = lock;
    const started = Date.now();
    try {
      const sources = sourcesToRefresh(this.db, new Date(started).toISOString(), options);
      this.progress = { done: 0, total: sources.length, newArticles: 0 };
      const limiter = new HostLimiter(2, 8);
      const cooling = new Map<string, SerializedError>();
      const reports: SourceRefresh[] = new Array<SourceRefresh>(sources.length);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < sources.length) {
          const index = next++;
          const source = sources[index];
          if (source === undefined) break;
          const report = await this.refreshOne(source, limiter, cooling);
          reports[index] = report;
          this.progress.done++;
          this.progress.newArticles += report.new;
        }
      };
      await Promise.all(Array.from({ length: Math.min(SOURCES_AT_ONCE, sources.length) }, worker));
      return { sources: reports, new: this.progress.newArticles, durationMs: Date.now() - started };
    } finally {
      this.lastFinishedAt = new Date().toISOString();
      lock.release();
      this.lock = null;
    }
  }

  /** Before the archive closes: the lock is given back at once, so the next process need not wait. */
  close(): void {
    this.lock?.release();
    this.lock = null;
  }

  private async refreshOne(source: SourceToRefresh, limiter: HostLimiter, cooling: Map<string, SerializedError>): Promise<SourceRefresh> {
    const base = { id: source.id, name: source.name };
    const host = hostOf(source.url);
    try {
      const page = await limiter.run(source.url, async () => {
        // Checked when our turn comes: a 429 may have arrived while this source waited.
        const asked = cooling.get(host);
        if (asked !== undefined) return asked;
        return fetchPage(source.url, {
          accept: source.linkSelector === null ? 'feed' : 'html',
          conditional: { etag: source.etag, lastModified: source.lastModified },
          ...this.fetchOptions,
        });
      });
      if ('code' in page) {
        // The site asked us to wait (429/503): its other sources wait too, without counting a failure.
        this.deferSource(source, retryAfterOf(page));
        return { ...base, new: 0, unchanged: false, failed: true, error: page, itemFailures: 0 };
      }
      const now = Date.now();
      if (page.status === 304) {
        recordSourceChecked(this.db, source.id, {
          now: new Date(now).toISOString(),
          nextCheckAt: nextCheckAfterSuccess(now, source.every),
          etag: page.etag ?? source.etag,
          lastModified: page.lastModified ?? source.lastModified,
          newItems: 0,
        });
        return { ...base, new: 0, unchanged: true, failed: false, error: null, itemFailures: 0 };
      }
      const text = decodeHtml(page.bytes, page.contentType).html;
      const parsed: ParsedFeed = source.linkSelector === null ? readFeed(text, page.url) : pageLinks(text, page.url, source.linkSelector);
      const result = await importFeedItems(this.db, { id: source.id, name: source.creditName, lang: source.lang, publicationId: source.publicationId }, parsed.items, {
        declaredLang: parsed.language,
        fetchArticlePage: (url) => limiter.run(url, () => fetchPage(url, { accept: 'html', ...this.fetchOptions })),
      });
      const done = Date.now();
      recordSourceChecked(this.db, source.id, {
        now: new Date(done).toISOString(),
        nextCheckAt: nextCheckAfterSuccess(done, source.every),
        // An item that failed must be tried again: no validators, so the next request is a full one.
        etag: result.failed > 0 ? null : page.etag,
        lastModified: result.failed > 0 ? null : page.lastModified,
        newItems: result.imported,
      });
      const unchanged = result.imported === 0 && result.failed === 0;
      return { ...base, new: result.imported, unchanged, failed: false, error: result.firstError, itemFailures: result.failed };
    } catch (error) {
      const serialized = toSerializedError(error);
      const status = serialized.params['status'];
      if ((status === 429 || status === 503) && retryAfterOf(serialized) !== null) cooling.set(host, serialized);
      const now = Date.now();
      recordSourceFailed(this.db, source.id, {
        now: new Date(now).toISOString(),
        nextCheckAt: nextCheckAfterFailure(now, source.every, source.failures + 1, retryAfterOf(serialized)),
        error: serialized,
      });
      return { ...base, new: 0, unchanged: false, failed: true, error: serialized, itemFailures: 0 };
    }
  }

  /** Puts a source off until the wait its site asked for, leaving its health as it was. */
  private deferSource(source: SourceToRefresh, retryAfterSeconds: number | null): void {
    const now = Date.now();
    recordSourceDeferred(this.db, source.id, nextCheckAfterFailure(now, source.every, 0, retryAfterSeconds));
  }
}
