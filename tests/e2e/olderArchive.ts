import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { migrateTo } from '../../src/core/store/database';
import { indexAllArticlesForSchema2 } from '../../src/core/store/schema2SearchIndex';

/** Articles in the old archive: enough for the reindex to take a moment on any machine. */
const ARTICLES = 6000;

const WORDS = 'conseil marché port école récolte pluie tribunal budget région village hôpital usine route train énergie'.split(' ');

/** An archive as Revue at schema 6 left it (before the reindex by word forms of migration 7). */
export function writeSchema6Archive(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrateTo(db, file, 6);
  const now = '2025-03-14T08:00:00.000Z';
  const insert = db.prepare(`INSERT INTO articles (title, site_name, published_time, lang, dir, text, html, text_hash, imported_at, updated_at)
    VALUES (?, 'Le Quotidien', '2025-03-13', 'fr', 'ltr', ?, '', ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const text = Array.from({ length: 120 }, (_, w) => WORDS[(i * 7 + w * 3) % WORDS.length]).join(' ');
      insert.run(i === 0 ? 'Les enseignants manifestent' : `Dépêche ${i}`, `${text}.`, `h${i}`, now, now);
    }
  })();
  indexAllArticlesForSchema2(db);
  db.close();
}

/**
 * What a window on the archive writeSchema6Archive left shows: the update's progress screen (the
 * browser mode's and the app's alike), then the app itself on the reindexed archive, where word
 * forms now match.
 */
export async function expectUpdateThenLibrary(page: Page): Promise<void> {
  const screen = page.getByTestId('archive-updating');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading')).toHaveText('Mise à jour de l’archive');
  await expect(page.getByTestId('archive-updating-progress')).toHaveText(
    /^index de recherche\u00a0: [\d\u202f\u00a0]+ \/ 6\u202f000\u00a0articles \(\d+\u00a0%\)$/,
    { timeout: 60_000 },
  );
  await expect(screen).toBeHidden({ timeout: 150_000 });
  await page.getByTestId('library-search').fill('enseignant');
  await expect(page.getByTestId('article-row').first()).toContainText('Les enseignants manifestent');
}
