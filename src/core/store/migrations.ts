import type { Db } from './database.js';
import { indexAllArticlesForSchema2 } from './schema2SearchIndex.js';
import { seedRegistryForSchema6 } from './schema6Registry.js';
import { indexAllArticlesForSchema7 } from './schema7SearchIndex.js';
import { linkSourcesToRegistryForSchema11 } from './schema11SourcePublications.js';

/** What a long migration step is doing, for the progress shown while an archive is updated. */
export type MigrationTask = 'searchIndex';

/** Told how far a long migration step has gone. */
export type MigrationProgress = (task: MigrationTask, done: number, total: number) => void;

/**
 * A migration is SQL, or a step in JS for what SQL cannot do (calling our text normaliser), which
 * reports its progress when it takes long.
 */
export type Migration = string | ((db: Db, progress: MigrationProgress) => void);

/**
 * Numbered migrations. Each runs in its own transaction and sets PRAGMA user_version to its
 * number, so a crash mid-way leaves the archive at the previous version, never in between.
 * Never edit a migration that has shipped: add the next one.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 1: the archive's first shape.
  `
  CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('publication', 'feed')),
    url TEXT,
    last_refreshed_at TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (kind, name)
  ) STRICT;
  CREATE UNIQUE INDEX sources_feed_url ON sources (url) WHERE kind = 'feed';

  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    story_id INTEGER REFERENCES stories (id) ON DELETE SET NULL,
    url TEXT,
    canonical_url TEXT,
    title TEXT NOT NULL,
    byline TEXT,
    site_name TEXT,
    published_time TEXT,
    lang TEXT,
    dir TEXT CHECK (dir IN ('ltr', 'rtl')),
    text TEXT NOT NULL,
    html TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    shingles BLOB,
    summary TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  ) STRICT;
  CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url IS NOT NULL;
  CREATE INDEX articles_text_hash ON articles (text_hash);
  CREATE INDEX articles_published ON articles (published_time);
  CREATE INDEX articles_imported ON articles (imported_at);
  CREATE INDEX articles_story ON articles (story_id);

  CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, byline, site_name, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, byline, site_name, text)
    VALUES (new.id, new.title, new.byline, new.site_name, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, byline, site_name, text)
    VALUES ('delete', old.id, old.title, old.byline, old.site_name, old.text);
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, byline, site_name, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, byline, site_name, text)
    VALUES ('delete', old.id, old.title, old.byline, old.site_name, old.text);
    INSERT INTO articles_fts (rowid, title, byline, site_name, text)
    VALUES (new.id, new.title, new.byline, new.site_name, new.text);
  END;

  CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, guid)
  ) STRICT;

  CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
  ) STRICT;
  CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
  ) STRICT;

  CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT 'yellow',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX highlights_article ON highlights (article_id);

  CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    edition TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    intro TEXT NOT NULL DEFAULT '',
    layout TEXT NOT NULL DEFAULT 'sections' CHECK (layout IN ('sections', 'newspapers')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (date, edition)
  ) STRICT;

  CREATE TABLE review_sections (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX review_sections_review ON review_sections (review_id, position);

  CREATE TABLE review_items (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES review_sections (id) ON DELETE RESTRICT,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    headline TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    quote_ids TEXT NOT NULL DEFAULT '[]',
    UNIQUE (review_id, article_id)
  ) STRICT;
  CREATE INDEX review_items_section ON review_items (section_id, position);

  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,

  // 2: search. The index holds NORMALISED text (accents, case, Arabic variants folded by
  // normalizeForSearch) and no copy of it (contentless): the repository code writes it with the
  // article, in the same transaction, under a rowid that sorts by date (searchIndexRepository.ts).
  // sort_time and the covering indexes keep date sorts, filters and the "not yet in a review"
  // test off the wide article rows.
  (db) => {
    db.exec(`
    DROP TRIGGER articles_fts_insert;
    DROP TRIGGER articles_fts_delete;
    DROP TRIGGER articles_fts_update;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
      title, byline, text,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0',
      prefix = '2 3'
    );
    CREATE TABLE search_keys (
      article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      fts_rowid INTEGER NOT NULL
    ) STRICT;
    -- Soft deletes unindex through the repository; a row deleted for good leaves the index here.
    CREATE TRIGGER articles_unindex_on_delete BEFORE DELETE ON articles BEGIN
      DELETE FROM articles_fts WHERE rowid = (SELECT fts_rowid FROM search_keys WHERE article_id = old.id);
    END;

    ALTER TABLE articles ADD COLUMN sort_time TEXT GENERATED ALWAYS AS (COALESCE(published_time, imported_at)) VIRTUAL;
    CREATE INDEX articles_live_sort ON articles (sort_time, id) WHERE deleted_at IS NULL;
    CREATE INDEX articles_live_facts ON articles (id, sort_time, lang, site_name) WHERE deleted_at IS NULL;
    CREATE INDEX articles_live_source ON articles (site_name, sort_time) WHERE deleted_at IS NULL;
    CREATE INDEX articles_live_lang ON articles (lang, sort_time) WHERE deleted_at IS NULL;
    CREATE INDEX review_items_article ON review_items (article_id);
    CREATE INDEX article_tags_tag ON article_tags (tag_id);
    `);
    indexAllArticlesForSchema2(db);
  },

  // 3: undo and redo of a review's structure. Each row is the review's sections and items as
  // they were before a change (undo) or before an undo (redo); the code keeps at most 100 undo
  // rows per review and empties the redo rows on every new change.
  `
  CREATE TABLE review_history (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('undo', 'redo')),
    seq INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (review_id, kind, seq)
  ) STRICT;
  `,

  // 4: sending the review by e-mail. One SMTP server (never its password: that lives with the
  // shell's secret store), named recipient lists, and the log of every send: the addresses the
  // server accepted are written as each batch goes, so a send cut off half way still says who got it.
  `
  CREATE TABLE smtp_server (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    host TEXT NOT NULL,
    port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    security TEXT NOT NULL CHECK (security IN ('starttls', 'tls')),
    username TEXT NOT NULL,
    from_address TEXT NOT NULL,
    reply_to TEXT NOT NULL,
    allow_invalid_certificate INTEGER NOT NULL CHECK (allow_invalid_certificate IN (0, 1)),
    max_recipients INTEGER NOT NULL CHECK (max_recipients >= 1)
  ) STRICT;

  CREATE TABLE recipient_lists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    addresses TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE send_log (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    edition TEXT NOT NULL,
    list_name TEXT,
    recipients TEXT NOT NULL,
    accepted TEXT NOT NULL DEFAULT '[]',
    refused TEXT NOT NULL DEFAULT '[]',
    message_id TEXT NOT NULL,
    options TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    result TEXT NOT NULL CHECK (result IN ('sending', 'sent', 'partial', 'failed')),
    error TEXT,
    retry_of INTEGER REFERENCES send_log (id) ON DELETE SET NULL
  ) STRICT;
  CREATE INDEX send_log_review ON send_log (review_id, started_at);
  `,

  // 5: the veille's watch topics and the inbox's triage. A topic is a saved search; article_topics
  // holds which articles it labels (written at import and by a relabel when the query changes).
  // triage records what the editor decided in the inbox: retained (a candidate for the review of
  // review_date, in the topic's section) or dismissed (hidden from the inbox and the candidates;
  // purged after the retention period unless something else keeps it).
  `
  CREATE TABLE topics (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query TEXT NOT NULL,
    color TEXT NOT NULL,
    section TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE article_topics (
    topic_id INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, article_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX article_topics_article ON article_topics (article_id);
  CREATE TABLE triage (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('retained', 'dismissed')),
    review_date TEXT,
    topic_id INTEGER REFERENCES topics (id) ON DELETE SET NULL,
    decided_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX triage_decision ON triage (decision, decided_at);
  CREATE INDEX triage_review_date ON triage (review_date) WHERE decision = 'retained';
  `,

  // 6: the publication registry. A publication has one canonical name; every other way of writing
  // it (an alias, the canonical name itself) is a row of publication_names under its matching key
  // (publicationKey: case, accents, punctuation, TLD folded), every address a row of
  // publication_domains (a host, or host/path for an edition under a path). articles.site_name
  // stays the name the article is credited under (lists, facets and exports read it) and
  // articles.publication_id says which publication that is. The registry replaces the
  // 'publication' rows of sources (names only) and articles.source_id: both are left as they were
  // and no longer written. Existing articles are credited through the same resolver as imports.
  (db) => {
    db.exec(`
    CREATE TABLE publications (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL CHECK (type IN ('daily', 'weekly', 'magazine', 'agency', 'broadcaster', 'site', 'aggregator')),
      lang TEXT,
      country TEXT,
      edition_of INTEGER REFERENCES publications (id) ON DELETE SET NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE publication_names (
      key TEXT PRIMARY KEY,
      publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
      name TEXT NOT NULL
    ) STRICT;
    CREATE INDEX publication_names_publication ON publication_names (publication_id);
    CREATE TABLE publication_domains (
      domain TEXT PRIMARY KEY,
      publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE
    ) STRICT;
    CREATE INDEX publication_domains_publication ON publication_domains (publication_id);
    ALTER TABLE articles ADD COLUMN publication_id INTEGER REFERENCES publications (id) ON DELETE SET NULL;
    CREATE INDEX articles_publication ON articles (publication_id);
    `);
    seedRegistryForSchema6(db, new Date().toISOString());
  },

  // 7: search by word forms. The index gains the stems of the title's and the text's words beside
  // their exact forms (title_stems, text_stems; see prepareArticleText.ts), so "enseignant" finds
  // "enseignants" and "المغرب" finds "بالمغرب", while a "quoted" word still matches its exact form.
  // Every live article is indexed again, with progress: an archive of years takes a while.
  // The prefix index keeps three-letter prefixes only (parseQuery.ts waits for a word's third
  // letter): the two-letter one cost as much to write as the stems do, so the build keeps its pace.
  // The index is written by schema 7's own frozen writer (schema7SearchIndex.ts), not today's.
  (db, progress) => {
    db.exec(`
    DROP TABLE articles_fts;
    DELETE FROM search_keys;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
      title, byline, text, title_stems, text_stems,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0',
      prefix = '3'
    );
    `);
    indexAllArticlesForSchema7(db, (done, total) => progress('searchIndex', done, total));
  },

  // 8: site rules and the pages articles came from. A site rule is the editor's CSS selectors for
  // one domain (the body; parts to remove, a JSON array), applied at import and by re-extraction.
  // Re-extraction needs the page as it was fetched or read: article_originals keeps it, compressed
  // (brotli; see siteRules/originalPage.ts for what is kept), from this version on; articles
  // imported before have none and cannot be re-extracted.
  `
  CREATE TABLE site_rules (
    domain TEXT PRIMARY KEY,
    body TEXT,
    remove TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE article_originals (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    url TEXT,
    html BLOB NOT NULL,
    kept_at TEXT NOT NULL
  ) STRICT;
  `,

  // 9: an item's chapeau follows its article's (the reader's "Chapeau (repris dans la revue)")
  // until the editor writes one in the item: summary_own = 1 then, and the item's own text is
  // in summary. Items whose copy still equals the article's chapeau go back to following it.
  `
  ALTER TABLE review_items ADD COLUMN summary_own INTEGER NOT NULL DEFAULT 1 CHECK (summary_own IN (0, 1));
  UPDATE review_items SET summary_own = 0, summary = ''
    WHERE summary = (SELECT a.summary FROM articles a WHERE a.id = review_items.article_id);
  `,

  // 10: followed sources (the veille). A feed row of `sources` becomes a followed source with its
  // schedule, health and HTTP validators; a page without a feed is a feed row with the CSS
  // selector of its article links. refresh_lock holds at most one row: the process refreshing
  // this archive now, so the app and a cron job never refresh (and import) at the same time.
  `
  ALTER TABLE sources ADD COLUMN publication TEXT;
  ALTER TABLE sources ADD COLUMN lang TEXT;
  ALTER TABLE sources ADD COLUMN every_minutes INTEGER NOT NULL DEFAULT 30 CHECK (every_minutes > 0);
  ALTER TABLE sources ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1));
  ALTER TABLE sources ADD COLUMN link_selector TEXT;
  ALTER TABLE sources ADD COLUMN last_new_at TEXT;
  ALTER TABLE sources ADD COLUMN last_error TEXT;
  ALTER TABLE sources ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE sources ADD COLUMN failing_since TEXT;
  ALTER TABLE sources ADD COLUMN next_check_at TEXT;
  ALTER TABLE sources ADD COLUMN etag TEXT;
  ALTER TABLE sources ADD COLUMN last_modified TEXT;
  CREATE INDEX sources_due ON sources (next_check_at) WHERE kind = 'feed' AND enabled = 1;
  CREATE INDEX feed_items_article ON feed_items (article_id);

  CREATE TABLE refresh_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    acquired_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) STRICT;
  `,

  // 11: a source's publication is a publication of the registry (publication_id), no longer a
  // free name: the articles imported from it are credited to that publication. The names given
  // before are found in the registry (by name, alias or address) or registered.
  (db) => {
    db.exec('ALTER TABLE sources ADD COLUMN publication_id INTEGER REFERENCES publications (id) ON DELETE SET NULL');
    linkSourcesToRegistryForSchema11(db, new Date().toISOString());
    db.exec('ALTER TABLE sources DROP COLUMN publication');
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
