import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '../../../src/core/import/saveArticle';
import { openTestRevue } from '../helpers/openTestRevue';
import type { SearchResult } from '../../../src/shared/domain';
import { runCli } from '../cli/runCli';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;

beforeEach(() => {
  temp = tempArchivePath();
  const revue = openTestRevue({ dbPath: temp.dbPath });
  const base = { byline: null, lang: 'fr', dir: 'ltr' as const, url: null, html: '' };
  saveArticle(revue.db, 'a', { ...base, title: 'Le budget adopté', siteName: 'Le Quotidien', publishedTime: '2025-12-31', text: "L'Économie du pays <reste> fragile & incertaine." });
  saveArticle(revue.db, 'b', { ...base, title: 'Économie verte', siteName: 'La Gazette', publishedTime: '2025-11-02', text: 'Les énergies renouvelables progressent.' });
  saveArticle(revue.db, 'c', { ...base, title: 'Météo', siteName: 'La Gazette', publishedTime: '2025-10-01', text: 'Il pleut.' });
  revue.close();
});
afterEach(() => temp.remove());

describe('revue search', () => {
  it('prints one line per hit: date, source, title and the snippet as plain text', async () => {
    const run = await runCli(['--db', temp.dbPath, 'search', 'economie']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      "2025-12-31\tLe Quotidien\tLe budget adopté\tL'Économie du pays <reste> fragile & incertaine.",
      '2025-11-02\tLa Gazette\tÉconomie verte\tLes énergies renouvelables progressent.',
    ]);
    expect(run.stderr).toContain('2\u00A0résultats affichés sur 2');
  });

  it('answers JSON with --json, honours --limit and --sort', async () => {
    const run = await runCli(['--db', temp.dbPath, 'search', 'économie -verte', '--json', '--limit', '1', '--sort', 'relevance']);
    const result = JSON.parse(run.stdout) as SearchResult;
    expect(result.total).toBe(1);
    expect(result.hits.map((h) => h.title)).toEqual(['Le budget adopté']);
    expect(result.hits[0]?.snippet).toContain('<mark>Économie</mark> du pays &lt;reste&gt;');
  });

  it('finds every form of a word, and only the form in quotes', async () => {
    const forms = await runCli(['--db', temp.dbPath, 'search', 'énergie', '--json']);
    expect((JSON.parse(forms.stdout) as SearchResult).hits.map((h) => h.title)).toEqual(['Économie verte']);
    const exact = await runCli(['--db', temp.dbPath, 'search', '"énergie"', '--json']);
    expect((JSON.parse(exact.stdout) as SearchResult).total).toBe(0);
  }, 60_000);

  it('refuses an invalid --limit or --sort with a message and a non-zero exit', async () => {
    const run = await runCli(['--db', temp.dbPath, 'search', 'x', '--limit', 'beaucoup']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/limit/);
    const sort = await runCli(['--db', temp.dbPath, 'search', 'x', '--sort', 'hasard']);
    expect(sort.code).not.toBe(0);
  }, 60_000);
});
