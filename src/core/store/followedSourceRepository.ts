import { BROKEN_AFTER_FAILURES, type Source, type SourceStatus } from '../../shared/domain.js';
import type { SerializedError } from '../../shared/errors.js';
import type { Db } from './database.js';

/** A source as read (COLUMNS): its kind and status are worked out, its error is stored as JSON. */
type SourceRow = Omit<Source, 'kind' | 'status' | 'enabled' | 'error'> & { enabled: number; lastError: string | null };

const COLUMNS = `s.id, s.name, s.url, s.publication_id AS publicationId,
  (SELECT p.name FROM publications p WHERE p.id = s.publication_id) AS publication, s.lang, s.every_minutes AS every, s.enabled,
  s.link_selector AS linkSelector, s.last_refreshed_at AS lastCheckedAt, s.last_new_at AS lastNewAt,
  s.next_check_at AS nextCheckAt, s.failures, s.failing_since AS failingSince, s.last_error AS lastError,
  (SELECT COUNT(*) FROM feed_items f WHERE f.feed_id = s.id AND f.article_id IS NOT NULL) AS itemCount`;

/** What a refresh needs to fetch a source politely. */
export interface SourceToRefresh {
  id: number;
  name: string;
  url: string;
  linkSelector: string | null;
  /** The registry's publication its articles are credited to, if the editor chose one. */
  publicationId: number | null;
  /** That publication's name, else the source's own name: what its items say they come from. */
  creditName: string;
  lang: string | null;
  every: number;
  failures: number;
  etag: string | null;
  lastModified: string | null;
}

const REFRESH_COLUMNS = `id, name, url, link_selector AS linkSelector, publication_id AS publicationId,
  coalesce((SELECT p.name FROM publications p WHERE p.id = publication_id), name) AS creditName, lang, every_minutes AS every,
  failures, etag, last_modified AS lastModified`;

function statusOf(row: SourceRow): SourceStatus {
  if (row.failures >= BROKEN_AFTER_FAILURES) return 'broken';
  if (row.failures > 0) return 'failing';
  return row.lastCheckedAt === null ? 'new' : 'ok';
}

function parseError(json: string | null): SerializedError | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as SerializedError;
  } catch {
    return null;
  }
}

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    kind: row.linkSelector === null ? 'feed' : 'page',
    publicationId: row.publicationId,
    publication: row.publication,
    lang: row.lang,
    every: row.every,
    enabled: row.enabled === 1,
    linkSelector: row.linkSelector,
    lastCheckedAt: row.lastCheckedAt,
    lastNewAt: row.lastNewAt,
    nextCheckAt: row.nextCheckAt,
    status: statusOf(row),
    failures: row.failures,
    failingSince: row.failingSince,
    error: parseError(row.lastError),
    itemCount: row.itemCount,
  };
}

export type NewSource = Pick<Source, 'name' | 'url' | 'linkSelector' | 'every' | 'publicationId' | 'lang'> & { now: string };

/** The followed source at that address, if any. */
export function findSourceByUrl(db: Db, url: string): { id: number; name: string; publicationId: number | null } | null {
  return (db.prepare(`SELECT id, name, publication_id AS publicationId FROM sources WHERE kind = 'feed' AND url = ?`).get(url) ?? null) as {
    id: number;
    name: string;
    publicationId: number | null;
  } | null;
}

/**
 * Follows a new source and returns its id. Names are unique among sources (an OPML file often
 * holds two feeds called "À la une"): a taken name gets " (2)", " (3)"…
 */
export function insertSource(db: Db, source: NewSource): number {
  const taken = db.prepare(`SELECT 1 FROM sources WHERE kind = 'feed' AND name = ?`);
  let name = source.name;
  for (let n = 2; taken.get(name) !== undefined; n++) name = `${source.name} (${n})`;
  const result = db
    .prepare(
      `INSERT INTO sources (name, kind, url, link_selector, every_minutes, publication_id, lang, created_at)
       VALUES (?, 'feed', ?, ?, ?, ?, ?, ?)`,
    )
    .run(name, source.url, source.linkSelector, source.every, source.publicationId, source.lang, source.now);
  return Number(result.lastInsertRowid);
}

export function readSource(db: Db, id: number): Source | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM sources s WHERE s.kind = 'feed' AND s.id = ?`).get(id) as SourceRow | undefined;
  return row ? toSource(row) : null;
}

export function listSources(db: Db): Source[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM sources s WHERE s.kind = 'feed' ORDER BY s.name COLLATE NOCASE`).all() as SourceRow[];
  return rows.map(toSource);
}

/** Enabled sources whose next check has come (or that were never checked); all enabled ones with `all`. */
export function sourcesToRefresh(db: Db, now: string, options: { all?: boolean; ids?: number[] } = {}): SourceToRefresh[] {
  if (options.ids !== undefined) {
    const ids = JSON.stringify(options.ids);
    return db
      .prepare(`SELECT ${REFRESH_COLUMNS} FROM sources WHERE kind = 'feed' AND id IN (SELECT value FROM json_each(?)) ORDER BY id`)
      .all(ids) as SourceToRefresh[];
  }
  const due = options.all ? '' : 'AND (next_check_at IS NULL OR next_check_at <= ?)';
  const statement = db.prepare(`SELECT ${REFRESH_COLUMNS} FROM sources WHERE kind = 'feed' AND enabled = 1 ${due} ORDER BY id`);
  return (options.all ? statement.all() : statement.all(now)) as SourceToRefresh[];
}

/** When the earliest enabled source is next due, or null when none is enabled. */
export function nextDueAt(db: Db): string | null {
  const row = db.prepare(`SELECT MIN(COALESCE(next_check_at, '')) AS at FROM sources WHERE kind = 'feed' AND enabled = 1`).get() as {
    at: string | null;
  };
  return row.at;
}

export interface SourcePatch {
  name?: string;
  every?: number;
  enabled?: boolean;
  publicationId?: number | null;
  lang?: string | null;
  linkSelector?: string | null;
}

export function updateSource(db: Db, id: number, patch: SourcePatch): void {
  const sets: string[] = [];
  const values: (string | number | null)[] = [];
  const set = (column: string, value: string | number | null): void => {
    sets.push(`${column} = ?`);
    values.push(value);
  };
  if (patch.name !== undefined) set('name', patch.name);
  if (patch.every !== undefined) set('every_minutes', patch.every);
  if (patch.enabled !== undefined) set('enabled', patch.enabled ? 1 : 0);
  if (patch.publicationId !== undefined) set('publication_id', patch.publicationId);
  if (patch.lang !== undefined) set('lang', patch.lang);
  if (patch.linkSelector !== undefined) {
    set('link_selector', patch.linkSelector);
    // Other links to take from the same page: the next check reads it whole, not a 304.
    set('etag', null);
    set('last_modified', null);
  }
  if (sets.length === 0) return;
  db.prepare(`UPDATE sources SET ${sets.join(', ')} WHERE kind = 'feed' AND id = ?`).run(...values, id);
}

/** Pauses or resumes sources; a resumed source is due at once. Returns how many changed. */
export function setSourcesEnabled(db: Db, ids: number[], enabled: boolean): number {
  const next = enabled ? ', next_check_at = NULL' : '';
  return db
    .prepare(`UPDATE sources SET enabled = ?${next} WHERE kind = 'feed' AND enabled <> ? AND id IN (SELECT value FROM json_each(?))`)
    .run(enabled ? 1 : 0, enabled ? 1 : 0, JSON.stringify(ids)).changes;
}

/** Stops following sources; their articles stay in the archive. */
export function deleteSources(db: Db, ids: number[]): number {
  return db.prepare(`DELETE FROM sources WHERE kind = 'feed' AND id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(ids))
    .changes;
}

/** A check that went through: failures reset, validators kept for the next conditional request. */
export function recordSourceChecked(
  db: Db,
  id: number,
  check: { now: string; nextCheckAt: string; etag: string | null; lastModified: string | null; newItems: number },
): void {
  db.prepare(
    `UPDATE sources SET last_refreshed_at = @now, next_check_at = @nextCheckAt, failures = 0, failing_since = NULL,
       last_error = NULL, etag = @etag, last_modified = @lastModified,
       last_new_at = CASE WHEN @newItems > 0 THEN @now ELSE last_new_at END
     WHERE id = @id`,
  ).run({ id, ...check });
}

/** A failed check: one more failure in a row, the error kept, the next try pushed back. */
export function recordSourceFailed(db: Db, id: number, failure: { now: string; nextCheckAt: string; error: SerializedError }): void {
  db.prepare(
    `UPDATE sources SET last_refreshed_at = @now, next_check_at = @nextCheckAt, failures = failures + 1,
       failing_since = COALESCE(failing_since, @now), last_error = @error
     WHERE id = @id`,
  ).run({ id, now: failure.now, nextCheckAt: failure.nextCheckAt, error: JSON.stringify(failure.error) });
}

/** A check put off (the site asked to wait): only the next check moves. */
export function recordSourceDeferred(db: Db, id: number, nextCheckAt: string): void {
  db.prepare('UPDATE sources SET next_check_at = ? WHERE id = ?').run(nextCheckAt, id);
}

