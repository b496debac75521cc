import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purge } from '../../../src/core/retention/purge';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** Those of the articles the archive still has. */
async function stillThere(ids: number[]): Promise<number[]> {
  const present: number[] = [];
  for (const id of ids) if (await archive.revue.call('articles.get', { id }).then(() => true, () => false)) present.push(id);
  return present;
}

describe('retention: the purge of dismissed articles', () => {
  it('deletes dismissed articles past the retention period that nothing keeps, and never one used, highlighted, tagged or annotated', async () => {
    const { call, addArticle } = archive;
    const plain = addArticle('plain');
    const used = addArticle('used');
    const highlighted = addArticle('highlighted');
    const tagged = addArticle('tagged');
    const commented = addArticle('commented');
    const summarised = addArticle('summarised');
    const retained = addArticle('retained');
    const untriaged = addArticle('untriaged');
    const all = [plain, used, highlighted, tagged, commented, summarised, retained, untriaged];

    await call('inbox.triage', { articleIds: [plain, used, highlighted, tagged, commented, summarised], decision: 'dismissed' });
    await call('inbox.triage', { articleIds: [retained], decision: 'retained' });
    await call('reviews.addItems', { date: '2025-11-04', articleIds: [used], lang: 'fr' });
    await call('highlights.create', { articleId: highlighted, exact: 'highlighted' });
    await call('articles.setTags', { id: tagged, tags: ['À garder'] });
    await call('articles.update', { id: commented, comment: 'Relire.' });
    await call('articles.update', { id: summarised, summary: 'Le chapeau.' });

    // Not yet: the retention period (90 days by default) has not passed.
    expect(purge(archive.revue.db, false, inDays(89)).articles).toEqual([]);

    const dry = purge(archive.revue.db, true, inDays(91));
    expect(dry).toMatchObject({ dryRun: true, retentionDays: 90, articles: [{ id: plain, title: 'Réforme plain' }] });
    expect(await stillThere(all)).toEqual(all);

    await call('settings.update', { retentionDays: 30 });
    const done = purge(archive.revue.db, false, inDays(31));
    expect(done.articles.map((a) => a.id)).toEqual([plain]);
    expect(await stillThere(all)).toEqual(all.filter((id) => id !== plain));
    expect((await call('articles.search', { query: 'plain' })).total).toBe(0);

    // Years later, still nothing used in a review goes, whatever was dismissed.
    expect(purge(archive.revue.db, false, inDays(3650)).articles).toEqual([]);
    expect((await call('reviews.get', { date: '2025-11-04' }))?.items.map((i) => i.articleId)).toEqual([used]);
  });

  it('purges all or nothing: a failure half-way deletes none', async () => {
    const { call, addArticle, revue } = archive;
    const a = addArticle('a');
    const b = addArticle('b');
    await call('inbox.triage', { articleIds: [a, b], decision: 'dismissed' });
    // A stand-in for any failure during the deletes: the second one aborts.
    revue.db.exec(`CREATE TEMP TRIGGER refuse BEFORE DELETE ON articles WHEN old.id = ${b} BEGIN SELECT RAISE(ABORT, 'disque plein'); END`);
    expect(() => purge(revue.db, false, inDays(100))).toThrow(/disque plein/);
    expect(await stillThere([a, b])).toEqual([a, b]);
    revue.db.exec('DROP TRIGGER refuse');
    expect(purge(revue.db, false, inDays(100)).articles.map((x) => x.id)).toEqual([a, b]);
  });

  it('answers through the contract, as the CLI and Réglages use it', async () => {
    const { call, addArticle } = archive;
    const a = addArticle('a');
    await call('inbox.triage', { articleIds: [a], decision: 'dismissed' });
    expect(await call('archive.purge', { dryRun: true })).toMatchObject({ dryRun: true, retentionDays: 90, articles: [] });
    expect((await call('settings.get', {})).retentionDays).toBe(90);
    expect(await archive.failure('settings.update', { retentionDays: 0 })).toBe('INVALID_INPUT');
  });

  it('previews what another retention period would purge, without saving it; only a dry run may try one', async () => {
    const { call, addArticle, revue } = archive;
    const old = addArticle('old');
    const recent = addArticle('recent');
    await call('inbox.triage', { articleIds: [old, recent], decision: 'dismissed' });
    revue.db.prepare('UPDATE triage SET decided_at = ? WHERE article_id = ?').run(new Date(Date.now() - 40 * DAY).toISOString(), old);

    expect((await call('archive.purge', { dryRun: true })).articles).toEqual([]);
    const tried = await call('archive.purge', { dryRun: true, retentionDays: 30 });
    expect(tried).toMatchObject({ dryRun: true, retentionDays: 30, articles: [{ id: old, title: 'Réforme old' }] });
    expect((await call('settings.get', {})).retentionDays).toBe(90);
    expect(await archive.failure('archive.purge', { dryRun: false, retentionDays: 30 })).toBe('INVALID_INPUT');
    expect(await stillThere([old, recent])).toEqual([old, recent]);
  });
});
