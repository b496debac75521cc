import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevue, type Revue, type SaveDialogHost } from '../../../src/core/revue';
import { formatErrorMessage, RevueError } from '../../../src/shared/errors';
import { tempArchivePath } from '../helpers/tempArchive';

/** What the shells do around the contract, done through it: exports to a file, backups, the desktop's save dialog. */

let temp: ReturnType<typeof tempArchivePath>;
let revue: Revue;

beforeEach(async () => {
  temp = tempArchivePath();
  revue = openRevue({ dbPath: temp.dbPath });
  await revue.call('reviews.create', { date: '2025-12-31', lang: 'fr' });
});

afterEach(async () => {
  await revue.close();
  temp.remove();
});

async function failure(promise: Promise<unknown>): Promise<RevueError> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RevueError)) throw new Error(`expected a RevueError, got ${String(error)}`);
  return error;
}

describe('reviews.exportTo, the CLI export', () => {
  it('writes the review of a day to a file, and never replaces one unless told to', async () => {
    const out = join(temp.dir, 'revue.docx');
    const written = await revue.call('reviews.exportTo', { date: '2025-12-31', format: 'docx', lang: 'fr', path: out });
    expect(written).toEqual({ path: out, bytes: readFileSync(out).length });
    writeFileSync(out, 'mine');
    const refused = await failure(revue.call('reviews.exportTo', { date: '2025-12-31', format: 'docx', lang: 'fr', path: out }));
    expect(refused.code).toBe('FILE_EXISTS');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    await revue.call('reviews.exportTo', { date: '2025-12-31', format: 'docx', lang: 'fr', path: out, overwrite: true });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('says which review is missing, by kind and id, in either language', async () => {
    const missing = await failure(revue.call('reviews.exportTo', { date: '2025-12-30', edition: 'soir', format: 'docx', lang: 'fr', path: join(temp.dir, 'x.docx') }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.params).toEqual({ kind: 'review', id: '2025-12-30 (soir)' });
    expect(formatErrorMessage(missing.code, missing.params, 'fr')).toBe('Introuvable\u00A0: revue «\u00A02025-12-30 (soir)\u00A0»');
    expect(formatErrorMessage(missing.code, missing.params, 'en')).toBe('Not found: review “2025-12-30 (soir)”');
  });
});

describe('archive.backup', () => {
  it('backs the open archive up to a file and refuses to replace one unless told to', async () => {
    const out = join(temp.dir, 'copie.sqlite');
    expect(await revue.call('archive.backup', { path: out })).toEqual({ path: out });
    expect(existsSync(out)).toBe(true);
    expect((await failure(revue.call('archive.backup', { path: out }))).code).toBe('FILE_EXISTS');
    expect(await revue.call('archive.backup', { path: out, overwrite: true })).toEqual({ path: out });
  });

  it('keeps one daily backup a day beside the archive', async () => {
    const first = await revue.call('archive.dailyBackup', {});
    expect(first.created).toMatch(/backups[/\\]revue-\d{4}-\d{2}-\d{2}\.sqlite$/);
    expect((await revue.call('archive.dailyBackup', {})).created).toBeNull();
  });
});

describe('the transports', () => {
  it('refuse the methods that name local files, which the shells in the process may call', async () => {
    for (const method of ['archive.backup', 'reviews.exportTo', 'import.paths', 'archive.dailyBackup', 'reviews.exportToFile']) {
      expect(await revue.dispatch(method, { path: join(temp.dir, 'x') })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(existsSync(join(temp.dir, 'x'))).toBe(false);
  });
});

describe('reviews.exportToFile, the desktop save dialog', () => {
  it('opens the dialog in the last folder used, writes the file there and remembers the folder', async () => {
    const asked: (string | null)[] = [];
    const told: string[] = [];
    let answer: string | null = join(temp.dir, 'choisi.docx');
    const host: SaveDialogHost = {
      chooseExportPath: ({ folder, fileName }) => {
        asked.push(folder);
        expect(fileName).toBe('revue-de-presse-2025-12-31.docx');
        return Promise.resolve(answer);
      },
      exported: (path) => {
        told.push(path);
        return Promise.resolve();
      },
      printer: { printToPdf: () => Promise.reject(new Error('no PDF in this test')) },
    };
    const app = openRevue({ dbPath: temp.dbPath, saveDialog: host });
    try {
      const review = await app.call('reviews.get', { date: '2025-12-31' });
      const reviewId = review?.id ?? 0;
      expect(await app.call('reviews.exportToFile', { reviewId, format: 'docx', lang: 'fr' })).toEqual({ path: join(temp.dir, 'choisi.docx') });
      expect(readFileSync(join(temp.dir, 'choisi.docx')).subarray(0, 2).toString()).toBe('PK');
      expect((await app.call('settings.get', {})).lastExportFolder).toBe(temp.dir);
      answer = null;
      expect(await app.call('reviews.exportToFile', { reviewId, format: 'docx', lang: 'fr' })).toBeNull();
      expect(asked).toEqual([null, temp.dir]);
      expect(told).toEqual([join(temp.dir, 'choisi.docx')]);
    } finally {
      await app.close();
    }
  });
});
