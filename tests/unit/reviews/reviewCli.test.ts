import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '../../../src/shared/domain';
import { runCli } from '../cli/runCli';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

describe('revue review', () => {
  it('creates a review, adds articles by section name, shows it and lists the reviews', async () => {
    const a = archive.addArticle('port', { siteName: 'Le Matin' });
    const b = archive.addArticle('stade', { siteName: 'Hespress' });
    const db = ['--db', archive.dbPath];

    const created = await runCli([...db, 'review', 'new', '2025-11-04', '--title', 'La revue du mardi']);
    expect(created.stdout).toContain('créée\u00A0: La revue du mardi');
    expect(created.code).toBe(0);

    const added = await runCli([...db, 'review', 'add', '2025-11-04', String(a), '--section', 'économie', '--summary', 'Le port s’agrandit.', '--comment', 'Important.']);
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('ajouté\u00A0: Réforme port → Économie');
    await runCli([...db, 'review', 'add', '2025-11-04', String(b), '--section', 'SPORT']);

    const twice = await runCli([...db, 'review', 'add', '2025-11-04', String(a), '--section', 'Sport']);
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toContain('déjà dans la revue (rubrique «\u00A0Économie\u00A0»)');
    const unknown = await runCli([...db, 'review', 'add', '2025-11-04', String(b), '--section', 'Météo']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('À la une, National, International, Économie, Société, Culture, Sport');
    const noReview = await runCli([...db, 'review', 'add', '2025-11-09', String(b), '--section', 'Sport']);
    expect(noReview.stderr).toContain('revue review new 2025-11-09');

    const json = await runCli([...db, 'review', 'show', '2025-11-04', '--json']);
    const review = JSON.parse(json.stdout) as Review;
    expect(review.title).toBe('La revue du mardi');
    expect(review.items).toMatchObject([
      { articleId: a, summary: 'Le port s’agrandit.', comment: 'Important.', position: 0 },
      { articleId: b, position: 0 },
    ]);
    expect(review.articles[a]).toMatchObject({ siteName: 'Le Matin' });

    const text = await runCli([...db, 'review', 'show', '2025-11-04']);
    expect(text.stdout).toMatch(/Économie \(1\)\n\s+1\. Réforme port · Le Matin/);
    expect(text.stdout).toMatch(/Sport \(1\)\n\s+1\. Réforme stade · Hespress/);

    const list = await runCli([...db, 'review', 'list']);
    expect(list.stdout).toContain('2025-11-04\t2\tLa revue du mardi');
  }, 60_000);
});
