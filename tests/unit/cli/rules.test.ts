import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteRule } from '../../../src/shared/domain';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';
import { runCli } from './runCli';

const comments = Array.from({ length: 9 }, (_, i) => `<p>Réaction ${i} : cette histoire de digue est un scandale qui dure depuis des années, et personne ne veut rien entendre de nos plaintes.</p>`).join('');
const saved = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>La digue est finie</title>
<link rel="canonical" href="https://courrier-port.example/digue"></head><body>
<div class="story"><h1>La digue est finie</h1><p>Les travaux de la digue principale se sont achevés mardi, avec une semaine d'avance sur le calendrier.</p>
<p>Les pêcheurs pourront de nouveau amarrer leurs bateaux le long du quai nord dès lundi prochain.</p></div>
<section class="reactions">${comments}</section></body></html>`;

let archive: TestArchive;
let id: number;
beforeEach(async () => {
  archive = openTestArchive();
  const [outcome] = await archive.call('import.files', { files: [{ name: 'digue.html', dataBase64: Buffer.from(saved).toString('base64') }] });
  if (outcome?.status !== 'imported') throw new Error(JSON.stringify(outcome));
  id = outcome.article.id;
  await archive.call('highlights.create', { articleId: id, exact: "une semaine d'avance" });
  await archive.call('highlights.create', { articleId: id, exact: 'nos plaintes' });
  archive.revue.close();
});
afterEach(() => archive.close());

describe('revue rules and revue reextract', () => {
  it('adds a rule for a domain, lists it, and re-extracts an article with it, naming the passages it lost', async () => {
    const add = await runCli(['--db', archive.dbPath, 'rules', 'add', 'courrier-port.example', '--body', '.story', '--remove', 'section.reactions', 'h1']);
    expect(add.code).toBe(0);
    const list = await runCli(['--db', archive.dbPath, 'rules', 'list', '--json']);
    expect((JSON.parse(list.stdout) as SiteRule[]).map((r) => [r.domain, r.body, r.remove])).toEqual([
      ['courrier-port.example', '.story', ['section.reactions', 'h1']],
    ]);
    const run = await runCli(['--db', archive.dbPath, 'reextract', String(id), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ id, kept: 1, unanchored: ['nos plaintes'] });
  }, 90_000);

  it("applies the archive's site rule in `revue extract --db`, and only with an archive", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'revue-extract-rules-')), 'digue.html');
    writeFileSync(file, saved);
    const add = await runCli(['--db', archive.dbPath, 'rules', 'add', 'courrier-port.example', '--body', '.story', '--remove', 'h1']);
    expect(add.code).toBe(0);
    const ruled = await runCli(['--db', archive.dbPath, 'extract', file]);
    expect(ruled.code).toBe(0);
    const text = String((JSON.parse(ruled.stdout) as { text: string }).text);
    expect(text).toContain('Les travaux de la digue principale');
    expect(text).not.toContain('Réaction');
    const plain = await runCli(['extract', file], { REVUE_DB: '' });
    expect(String((JSON.parse(plain.stdout) as { text: string }).text)).toContain('Réaction');
    const help = await runCli(['extract', '--help']);
    expect(help.stdout).toContain('--db');
  }, 90_000);

  it('refuses an invalid selector in French with a non-zero exit', async () => {
    const bad = await runCli(['--db', archive.dbPath, 'rules', 'add', 'courrier-port.example', '--body', 'div[[']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('Sélecteur CSS invalide\u00a0: div[[');
  }, 60_000);
});
