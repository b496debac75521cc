import type { Db } from '../store/database.js';

/**
 * What runs when an article enters the archive, whatever brought it (a URL, a file, pasted text,
 * a source's refresh). It runs inside the transaction that saved the article, so what it writes
 * (watch-topic labels…) is stored with the article or not at all. A duplicate does not call it.
 */
export interface ImportHooks {
  articleImported(db: Db, articleId: number): void;
}

/** The hooks of an archive: one place to add what every new article must go through. */
export function createImportHooks(): ImportHooks {
  return {
    articleImported: () => {
      // Watch topics (issue #14, points 3 and 4) label the article here.
    },
  };
}
