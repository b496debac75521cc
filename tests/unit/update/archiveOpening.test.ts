import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ArchiveOpening,
  openRevue,
  readUpgradeReport,
  upgradeWithReports,
  type Revue,
  type UpgradeReport,
  type UpgradeRunner,
} from '../../../src/core/revue';
import type { Result } from '../../../src/shared/contract';
import type { ArchiveStatus } from '../../../src/shared/domain';
import { archiveBeforeWordForms } from '../helpers/archiveBeforeWordForms';
import { tempArchivePath } from '../helpers/tempArchive';

let temp: ReturnType<typeof tempArchivePath>;
let opened: Revue | null;
beforeEach(() => {
  temp = tempArchivePath();
  opened = null;
});
afterEach(async () => {
  await opened?.close();
  temp.remove();
});

const open = (): Revue => (opened = openRevue({ dbPath: temp.dbPath }));

/**
 * The update as the app's utility process runs it, here in this process: its reports go through
 * a structured clone (what crosses the process boundary) and are read back as the main process
 * reads them.
 */
const inThisProcess: UpgradeRunner = (onStep) =>
  new Promise((resolve, reject) => {
    upgradeWithReports(temp.dbPath, (sent) => {
      const report = readUpgradeReport(structuredClone(sent));
      if (report === null) reject(new Error(`unreadable report ${JSON.stringify(sent)}`));
      else if ('step' in report) onStep(report.step);
      else if ('done' in report) resolve();
      else reject(new Error(report.failed.message));
    });
  });

const neverCalled: UpgradeRunner = () => Promise.reject(new Error('an up-to-date archive was updated'));

describe('opening an archive in a shell that keeps answering (the app, the browser mode)', () => {
  it('opens an up-to-date archive at once, without an update', async () => {
    await openRevue({ dbPath: temp.dbPath }).close();
    const opening = new ArchiveOpening(temp.dbPath);
    expect(opening.needsUpdate).toBe(false);
    expect(opening.status).toEqual({ ready: false, update: null });
    const revue = await opening.open(open, neverCalled);
    expect(opening.revue).toBe(revue);
    expect(opening.status).toEqual({ ready: true, update: null });
    expect(await opening.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { uiLanguage: 'fr' } });
  });

  it('a new archive needs no update either', () => {
    expect(new ArchiveOpening(temp.dbPath).needsUpdate).toBe(false);
  });

  it('updates an older archive first, telling each step, answering ARCHIVE_UPDATING until it is open', async () => {
    archiveBeforeWordForms(temp.dbPath, 1200);
    const opening = new ArchiveOpening(temp.dbPath);
    expect(opening.needsUpdate).toBe(true);
    const seen: ArchiveStatus[] = [];
    const answers: Promise<Result<unknown>>[] = [];
    const runner: UpgradeRunner = (onStep, signal) =>
      inThisProcess((step) => {
        onStep(step);
        seen.push(opening.status);
        answers.push(opening.dispatch('articles.search', { query: 'enseignant' }));
      }, signal);
    await opening.open(open, runner);

    expect(seen[0]).toEqual({ ready: false, update: { task: 'searchIndex', done: 0, total: 1201, percent: 0 } });
    expect(seen.at(-1)).toEqual({ ready: false, update: { task: 'searchIndex', done: 1201, total: 1201, percent: 100 } });
    expect(seen.length).toBeGreaterThan(2);
    const percents = seen.map((status) => status.update?.percent ?? -1);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    for (const answer of await Promise.all(answers)) expect(answer).toMatchObject({ ok: false, error: { code: 'ARCHIVE_UPDATING' } });

    expect(opening.status).toEqual({ ready: true, update: null });
    const found = await opening.dispatch('articles.search', { query: 'enseignant', limit: 1 });
    expect(found).toMatchObject({ ok: true, value: { total: 1200 } });
    expect(new ArchiveOpening(temp.dbPath).needsUpdate).toBe(false);
  });

  it('updates the archive itself when the runner fails (its process could not start), then opens it', async () => {
    archiveBeforeWordForms(temp.dbPath, 30);
    const opening = new ArchiveOpening(temp.dbPath);
    const failing: UpgradeRunner = () => Promise.reject(new Error('spawn ENOENT'));
    await opening.open(open, failing);
    expect(opening.status.ready).toBe(true);
    expect(await opening.dispatch('articles.search', { query: 'المغرب' })).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('stops when the shell quits during the update, the archive left whole and still to update', async () => {
    archiveBeforeWordForms(temp.dbPath, 30);
    const opening = new ArchiveOpening(temp.dbPath);
    const waiting: UpgradeRunner = (_onStep, signal) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true }));
    const outcome = opening.open(open, waiting);
    opening.stop();
    await expect(outcome).rejects.toThrow('stopped');
    expect(opening.revue).toBeNull();
    expect(await opening.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'ARCHIVE_UPDATING' } });
    expect(new ArchiveOpening(temp.dbPath).needsUpdate).toBe(true);
  });
});

describe('the reports of an update process', () => {
  it('tells a missing archive as a failure with its code, never as a crash', () => {
    const reports: UpgradeReport[] = [];
    upgradeWithReports(`${temp.dir}/missing.sqlite`, (report) => reports.push(report));
    expect(reports).toEqual([{ failed: expect.objectContaining({ code: 'DB_MISSING' }) as unknown }]);
  });

  it('reads steps, the end and failures, and nothing else', () => {
    expect(readUpgradeReport({ step: { task: 'searchIndex', done: 5, total: 10 } })).toEqual({ step: { task: 'searchIndex', done: 5, total: 10 } });
    expect(readUpgradeReport({ done: true })).toEqual({ done: true });
    expect(readUpgradeReport({ failed: { code: 'DB_MISSING', message: 'absent', params: { file: 'x' } } })).toEqual({
      failed: { code: 'DB_MISSING', message: 'absent', params: { file: 'x' } },
    });
    // A code this version does not know is said as an archive error, with the message kept.
    expect(readUpgradeReport({ failed: { code: 'NO_SUCH_CODE', message: 'boom' } })).toEqual({
      failed: { code: 'DB_ERROR', message: 'boom', params: { detail: 'boom' } },
    });
    for (const junk of [null, 'done', 42, {}, { done: 'yes' }, { step: { task: 'other', done: 1, total: 2 } }, { step: { task: 'searchIndex', done: -1, total: 2 } }, { failed: { code: 'DB_ERROR' } }]) {
      expect(readUpgradeReport(junk), JSON.stringify(junk)).toBeNull();
    }
  });
});
