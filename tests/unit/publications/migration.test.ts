import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevue } from '../../../src/core/revue';
import { migrateTo } from '../../../src/core/store/database';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
beforeEach(() => {
  temp = tempArchivePath();
});
afterEach(() => temp.remove());

describe('an archive from before the publication registry', () => {
  it('credits its existing articles under the canonical names when it is opened', async () => {
    const file = join(temp.dir, 'v5.sqlite');
    const db = new Database(file);
    migrateTo(db, file, 5);
    const insert = db.prepare(`INSERT INTO articles (id, url, title, site_name, text, html, text_hash, imported_at, updated_at)
      VALUES (?, ?, ?, ?, 'Texte.', '<p>Texte.</p>', ?, '2025-03-14T08:00:00Z', '2025-03-14T08:00:00Z')`);
    insert.run(1, 'https://www.lemonde.fr/a', 'A', 'Le Monde.fr', 'h1');
    insert.run(2, null, 'B', 'lemonde.fr', 'h2');
    insert.run(3, 'https://www.tdg.ch/c', 'C', 'tdg.ch/', 'h3');
    insert.run(4, 'https://petit-journal.example/d', 'D', 'Le Petit Journal du Port', 'h4');
    insert.run(5, 'https://www.dw.com/fr/e', 'E', 'DW.COM', 'h5');
    db.close();

    const revue = openRevue({ dbPath: file });
    try {
      const names = await Promise.all([1, 2, 3, 4, 5].map(async (id) => (await revue.call('articles.get', { id })).siteName));
      expect(names).toEqual(['Le Monde', 'Le Monde', 'Tribune de Genève', 'Le Petit Journal du Port', 'DW']);
      const facets = await revue.call('articles.facets', {});
      expect(facets.sources.find((f) => f.value === 'Le Monde')?.count).toBe(2);
    } finally {
      await revue.close();
    }
  });
});
