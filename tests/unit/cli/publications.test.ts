import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Publication } from '../../../src/shared/domain';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';
import { runCli } from './runCli';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
  archive.addArticle('a', { siteName: 'Gazette du Rif', url: 'https://gazetterif.example/a' });
  archive.addArticle('b', { siteName: 'La Gazette du Rif', url: null });
  archive.addArticle('c', { siteName: 'Le Monde.fr', url: 'https://www.lemonde.fr/c' });
  archive.revue.close();
});
afterEach(() => archive.close());

const cli = (...args: string[]) => runCli(['--db', archive.dbPath, 'publications', ...args]);

describe('revue publications', () => {
  it('lists the registry as JSON, and only the cited ones with --cited', async () => {
    const all = await cli('list', '--json');
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as Publication[]).length).toBeGreaterThanOrEqual(150);
    const cited = await cli('list', '--cited');
    const lines = cited.stdout.trim().split('\n');
    expect(lines.map((l) => l.split('\t').slice(1, 3))).toEqual([
      ['Gazette du Rif', '1'],
      ['La Gazette du Rif', '1'],
      ['Le Monde', '1'],
    ]);
  }, 60_000);

  it('adds a publication, gives it an alias by name, merges two, naming them as the archive knows them', async () => {
    const add = await cli('add', 'Le Courrier du Souss', '--type', 'weekly', '--language', 'fr', '--country', 'ma', '--domain', 'courriersouss.example');
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Le Courrier du Souss');
    const alias = await cli('alias', 'le courrier du souss', 'Courrier Souss');
    expect(alias.code).toBe(0);
    expect(alias.stdout).toContain('aussi\u00A0: Courrier Souss');

    const merge = await cli('merge', 'Gazette du Rif', 'La Gazette du Rif');
    expect(merge.code).toBe(0);
    expect(merge.stderr).toContain('«\u00A0Gazette du Rif\u00A0» fusionnée dans «\u00A0La Gazette du Rif\u00A0» (2\u00A0articles)');
    const list = JSON.parse((await cli('list', '--json')).stdout) as Publication[];
    expect(list.find((p) => p.name === 'La Gazette du Rif')?.articleCount).toBe(2);
    expect(list.find((p) => p.name === 'Le Courrier du Souss')).toMatchObject({ type: 'weekly', country: 'MA', aliases: ['Courrier Souss'], domains: ['courriersouss.example'] });
    expect(list.some((p) => p.name === 'Gazette du Rif')).toBe(false);
    // Five runs of the command: on a loaded two-core machine each start costs seconds.
  }, 90_000);

  it('reclassifies a publication, makes it an edition of another and not, and removes a wrong alias', async () => {
    const set = await cli('set', 'Gazette du Rif', '--type', 'daily', '--country', 'ma', '--edition-of', 'La Gazette du Rif');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('édition de La Gazette du Rif');
    const alone = await cli('set', 'Gazette du Rif', '--no-edition');
    expect(alone.stdout).not.toContain('édition de');
    await cli('alias', 'Gazette du Rif', 'Gazette Rif');
    const unalias = await cli('unalias', 'Gazette du Rif', 'Gazette Rif');
    expect(unalias.code).toBe(0);
    const list = JSON.parse((await cli('list', '--json')).stdout) as Publication[];
    expect(list.find((p) => p.name === 'Gazette du Rif')).toMatchObject({ type: 'daily', country: 'MA', editionOf: null, aliases: [] });
  }, 90_000);

  it('says in French when a publication is unknown or a name is taken, with a non-zero exit', async () => {
    const unknown = await cli('alias', 'Journal Inconnu', 'X');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('Introuvable\u00A0: publication «\u00A0Journal Inconnu\u00A0»');
    const taken = await cli('alias', 'La Gazette du Rif', 'lemonde.fr');
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toContain('Le nom «\u00a0lemonde.fr\u00a0» désigne déjà «\u00a0Le Monde\u00a0»');
  }, 60_000);
});
