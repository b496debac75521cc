import { normalizeForSearch } from '../text/normalizeForSearch.js';
import { stemsOfText, type StemLanguage } from '../text/wordStems.js';
import type { Db } from './database.js';
import { searchKeyWriterForSchema2 } from './schema2SearchIndex.js';

// Migration 7's own writer of the search index, frozen as schema 7 has it: migrations replay on
// archives of any age, so they cannot call today's writer (searchIndexRepository.ts), whose
// columns, keys or choice of stemmer a later schema may change. This one keeps schema 7's five
// columns, schema 2's date-ordered search keys and schema 7's stemmer for each language; the
// words' search forms and stems come from the ground floor (core/text), as migration 2's forms do.
// tests/unit/search/schema7SearchIndex.test.ts proves it wrote what today's writer wrote when it
// was frozen.

interface Row {
  id: number;
  title: string;
  byline: string | null;
  text: string;
  lang: string | null;
}

/** Schema 7's stemmer for an article's language: English for English, French for French, Arabic or unknown. */
function stemLanguageForSchema7(lang: string | null): StemLanguage | null {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';
  if (primary === 'en') return 'en';
  return primary === '' || primary === 'fr' || primary === 'ar' ? 'fr' : null;
}

/**
 * Indexes every live article into schema 7's empty index, in id order and batches of
 * `batchSize`, telling `progress` how many are done after each batch. Returns how many.
 */
export function indexAllArticlesForSchema7(db: Db, progress: (done: number, total: number) => void, batchSize = 500): number {
  const total = db.prepare('SELECT count(*) FROM articles WHERE deleted_at IS NULL').pluck().get() as number;
  const page = db.prepare('SELECT id, title, byline, text, lang FROM articles WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?');
  const key = searchKeyWriterForSchema2(db);
  const insert = db.prepare('INSERT INTO articles_fts (rowid, title, byline, text, title_stems, text_stems) VALUES (?, ?, ?, ?, ?, ?)');
  // Fewer, larger merges of the index's segments while it is built, FTS5's default (4) after.
  const automerge = (value: number): void => {
    db.prepare(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', ${value})`).run();
  };
  automerge(16);
  let last = 0;
  let done = 0;
  progress(0, total);
  for (;;) {
    const rows = page.all(last, batchSize) as Row[];
    if (rows.length === 0) break;
    for (const row of rows) {
      const language = stemLanguageForSchema7(row.lang);
      insert.run(
        key.get(row.id) as bigint,
        normalizeForSearch(row.title),
        row.byline === null ? null : normalizeForSearch(row.byline),
        normalizeForSearch(row.text),
        stemsOfText(row.title, language),
        stemsOfText(row.text, language),
      );
    }
    done += rows.length;
    last = rows[rows.length - 1]?.id ?? last;
    progress(done, Math.max(total, done));
  }
  automerge(4);
  return done;
}
