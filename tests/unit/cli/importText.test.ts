import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestArchive, type TestArchive } from '../helpers/testArchive';
import { ROOT, runCli } from './runCli';

let archive: TestArchive;
beforeEach(() => {
  archive = openTestArchive();
});
afterEach(() => archive.close());

const TEXT = `Le port de Tanger agrandit son terminal
Les travaux du nouveau terminal à conteneurs commenceront au printemps, a annoncé mardi l’autorité portuaire.
Le chantier doit durer trois ans et créer plusieurs centaines d’emplois dans la région.`;

/** `revue` with a text on its standard input. */
function runWithStdin(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'revue.mjs'), ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('revue import --text', () => {
  it('imports a pasted text from a file and from standard input', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'revue-text-')), 'texte.txt');
    writeFileSync(file, TEXT);
    const fromFile = await runCli(['--db', archive.dbPath, 'import', '--text', file, '--url', 'https://port.example/terminal']);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.stdout).toContain('importé   Le port de Tanger agrandit son terminal');
    const fromStdin = await runWithStdin(['--db', archive.dbPath, 'import', '--text', '-'], TEXT.replace('Tanger', 'Casablanca').replace('printemps', 'automne'));
    expect(fromStdin.stdout).toContain('importé   Le port de Casablanca agrandit son terminal');
    const titleOnly = await runWithStdin(['--db', archive.dbPath, 'import', '--text', '-'], 'Un titre seul\n');
    expect(titleOnly.code).toBe(1);
    expect(titleOnly.stdout).toContain('collez aussi le texte de l’article');
    expect((await archive.call('articles.search', {})).hits.map((a) => a.url)).toContain('https://port.example/terminal');
  }, 120_000);
});
