import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRevue } from '../../../src/core/revue';
import { runCli } from './runCli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'revue-access-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const codeOf = (open: () => unknown): string | undefined => {
  try {
    (open() as { close(): void }).close();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('opening an archive named with --db', () => {
  it('says a missing archive is missing to a command that only reads, and creates nothing', async () => {
    const file = join(dir, 'absente.sqlite');
    expect(codeOf(() => openRevue({ dbPath: file, mustExist: true }))).toBe('DB_MISSING');
    const run = await runCli(['--db', file, 'search', 'budget']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`L’archive ${file} n’existe pas (rien n’a été créé)`);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}-wal`)).toBe(false);
  }, 120_000);

  it('refuses an empty file, a text file and another program’s database, and leaves them as they were', () => {
    const empty = join(dir, 'vide.sqlite');
    writeFileSync(empty, '');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'Mes notes de la semaine, pas une archive.');
    const foreign = join(dir, 'autre.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const before = readFileSync(foreign);
    for (const file of [empty, text, foreign]) {
      expect(codeOf(() => openRevue({ dbPath: file })), file).toBe('NOT_AN_ARCHIVE');
    }
    expect(statSync(empty).size).toBe(0);
    expect(readFileSync(text, 'utf8')).toBe('Mes notes de la semaine, pas une archive.');
    expect(readFileSync(foreign).equals(before)).toBe(true);
    expect(existsSync(`${foreign}-wal`)).toBe(false);
  });

  it('still creates a new archive where none exists when a command writes', async () => {
    const file = join(dir, 'nouvelle.sqlite');
    const revue = openRevue({ dbPath: file });
    await revue.close();
    expect(existsSync(file)).toBe(true);
    expect(codeOf(() => openRevue({ dbPath: file, mustExist: true }))).toBeUndefined();
  });
});
