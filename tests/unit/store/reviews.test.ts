import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestRevue } from '../helpers/openTestRevue';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
beforeEach(() => {
  temp = tempArchivePath();
});
afterEach(() => temp.remove());

describe('reviews through the contract', () => {
  it('creates the review of a day with its French title and default sections, once', async () => {
    const revue = openTestRevue({ dbPath: temp.dbPath });
    const created = await revue.dispatch('reviews.create', { date: '2025-12-31', lang: 'fr' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const review = created.value as { title: string; sections: { name: string }[] };
    expect(review.title).toBe('Revue de presse du mercredi 31 décembre 2025');
    expect(review.sections.map((s) => s.name).slice(0, 4)).toEqual(['À la une', 'National', 'International', 'Économie']);

    const again = await revue.dispatch('reviews.create', { date: '2025-12-31', lang: 'fr' });
    expect(again).toMatchObject({ ok: false, error: { code: 'REVIEW_EXISTS' } });

    const evening = await revue.dispatch('reviews.create', { date: '2025-12-31', edition: 'soir', lang: 'fr' });
    expect(evening.ok).toBe(true);
    revue.close();

    const reopened = openTestRevue({ dbPath: temp.dbPath });
    const list = await reopened.dispatch('reviews.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ date: '2025-12-31', edition: '' }, { date: '2025-12-31', edition: 'soir' }] });
    reopened.close();
  });

  it('rejects invalid input with a clear code instead of touching the archive', async () => {
    const revue = openTestRevue({ dbPath: temp.dbPath });
    expect(await revue.dispatch('reviews.create', { date: '2025-02-30', lang: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await revue.dispatch('reviews.create', { date: '2025-12-31', lang: 'fr', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await revue.dispatch('no.such.method', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await revue.dispatch('reviews.list', {})).toEqual({ ok: true, value: [] });
    revue.close();
  });
});
