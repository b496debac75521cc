import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';
import { runCli } from './runCli';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

describe('the language `revue` speaks', () => {
  it('writes its help in French by default and in English with --lang en', async () => {
    // No archive at the default place: French.
    const french = await runCli(['--help'], { REVUE_DB: join(archive.dbPath, '..', 'absent.sqlite') });
    expect(french.code).toBe(0);
    expect(french.stdout).toContain('Utilisation\u00A0: revue');
    expect(french.stdout).toContain('la revue de presse du jour\u00A0: importer');
    expect(french.stdout).toContain('afficher l’aide de la commande');

    const english = await runCli(['--help', '--lang', 'en']);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('Usage: revue');
    expect(english.stdout).toContain('the day’s press review: import, annotate, compose, export.');
    expect(english.stdout).toContain('export the review of the day DATE');
    // Not a French word left in the English help.
    expect(english.stdout).not.toMatch(/revue de presse|exporter|sortie JSON|Utilisation|\u00A0/);
  }, 60_000);

  it('says its results and its errors in the archive’s language, --lang first', async () => {
    const db = ['--db', archive.dbPath];
    const frenchDefault = await runCli([...db, 'review', 'new', '2025-11-04']);
    expect(frenchDefault.stdout).toBe('créée\u00A0: Revue de presse du mardi 4 novembre 2025\n');

    const english = await runCli([...db, '--lang', 'en', 'review', 'show', '2025-11-09']);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('create it with “revue review new 2025-11-09”');
    expect(english.stderr).toContain('revue: Not found: review “2025-11-09”');
    expect(english.stderr).not.toMatch(/Introuvable|revue\u00A0/);

    await archive.call('settings.update', { uiLanguage: 'en' });
    const fromSetting = await runCli([...db, 'review', 'new', '2025-11-05']);
    expect(fromSetting.stdout).toBe('created: Press review of Wednesday, 5 November 2025\n');
    const lists = await runCli([...db, 'lists', 'remove', 'Direction']);
    expect(lists.stderr).toContain('revue: Not found: recipient list “Direction”');

    const forcedFrench = await runCli([...db, 'review', 'new', '2025-11-06', '--lang', 'fr']);
    expect(forcedFrench.stdout).toBe('créée\u00A0: Revue de presse du jeudi 6 novembre 2025\n');
  }, 90_000);

  it('writes its help in the archive’s language, read before any command runs, --lang first', async () => {
    await archive.call('settings.update', { uiLanguage: 'en' });
    const named = await runCli(['--db', archive.dbPath, '--help']);
    expect(named.stdout).toContain('Usage: revue');
    expect(named.stdout).toContain('export the review of the day DATE');
    expect(named.stdout).not.toMatch(/Utilisation|revue de presse/);
    const byEnvironment = await runCli(['search', '--help'], { REVUE_DB: archive.dbPath });
    expect(byEnvironment.stdout).toContain('Usage: revue search');
    expect(byEnvironment.stdout).not.toContain('Utilisation');
    const forced = await runCli(['--help', `--db=${archive.dbPath}`, '--lang', 'fr']);
    expect(forced.stdout).toContain('Utilisation\u00A0: revue');

    await archive.call('settings.update', { uiLanguage: 'fr' });
    const french = await runCli(['--db', archive.dbPath, '--help']);
    expect(french.stdout).toContain('Utilisation\u00A0: revue');
    // A file that is no archive says nothing of a language: French, and the command says what is wrong.
    const notAnArchive = await runCli(['--db', join(import.meta.dirname, 'runCli.ts'), '--help']);
    expect(notAnArchive.stdout).toContain('Utilisation\u00A0: revue');
  }, 60_000);

  it('says the errors inside its JSON output in the archive’s language', async () => {
    const missing = join(archive.dbPath, '..', 'absente.html');
    const lineOf = (run: { stdout: string }) => JSON.parse(run.stdout) as { input: string; error: string };
    const french = await runCli(['--db', archive.dbPath, 'extract', missing]);
    expect(french.code).toBe(1);
    expect(lineOf(french)).toEqual({ input: missing, error: `Fichier introuvable\u00A0: ${missing}` });

    await archive.call('settings.update', { uiLanguage: 'en' });
    const english = await runCli(['--db', archive.dbPath, 'extract', missing]);
    expect(lineOf(english)).toEqual({ input: missing, error: `File not found: ${missing}` });
    const forced = await runCli(['--db', archive.dbPath, '--lang', 'fr', 'extract', missing]);
    expect(lineOf(forced).error).toBe(`Fichier introuvable\u00A0: ${missing}`);
  }, 60_000);

  it('refuses a language it does not speak, and says Commander’s refusals in its language', async () => {
    const unknown = await runCli(['--lang', 'de', 'review', 'list']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--lang\u00A0: fr ou en, pas «\u00A0de\u00A0»');

    const typo = await runCli(['expor']);
    expect(typo.stderr).toContain('revue: commande inconnue\u00A0: expor');
    expect(typo.stderr).toContain('(vouliez-vous dire export\u202F?)');
    const typoEn = await runCli(['--lang', 'en', 'export', '2025-11-04']);
    expect(typoEn.stderr).toContain('revue: the option --format <format> is required');
  }, 60_000);
});
