import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePage, frenchParagraphs } from '../helpers/articlePage';
import { tempArchivePath } from '../helpers/tempArchive';
import { startLocalServer, type LocalServer } from '../fetch/localServer';
import { runCli, spawnCli } from './runCli';

let temp: ReturnType<typeof tempArchivePath>;
let server: LocalServer;

const page = (seed: string) =>
  articlePage({ title: `Article ${seed}`, site: 'Le Quotidien', date: '2025-12-31', paragraphs: frenchParagraphs(seed).map((p) => `${p} ${seed}`) });

beforeEach(async () => {
  temp = tempArchivePath();
  server = await startLocalServer({
    '/un': (_q, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page('numéro un')),
    '/deux': (_q, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page('numéro deux')),
    '/trois': (_q, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page('numéro trois')),
    '/bloque': () => undefined,
  });
});

afterEach(async () => {
  await server.close();
  temp.remove();
});

describe('revue extract', () => {
  it('prints one JSON object per input, in order, with null for unknown fields, and fails when one input fails', async () => {
    const file = join(temp.dir, 'page.html');
    writeFileSync(file, '<html><body><article><h1>Sans métadonnées</h1>' + frenchParagraphs('x').map((p) => `<p>${p}</p>`).join('') + '</article></body></html>');
    const run = await runCli(['extract', file, `${server.origin}/un`, join(temp.dir, 'absent.html')]);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.input)).toEqual([file, `${server.origin}/un`, join(temp.dir, 'absent.html')]);
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual(['byline', 'dir', 'input', 'lang', 'publishedTime', 'siteName', 'text', 'title', 'url'].sort());
    expect(lines[0]).toMatchObject({ byline: null, siteName: null, publishedTime: null, url: null, lang: 'fr', dir: 'ltr' });
    expect(String(lines[0]?.text)).toContain('\n\n');
    expect(lines[1]).toMatchObject({ title: 'Article numéro un', siteName: 'Le Quotidien', publishedTime: '2025-12-31' });
    expect(lines[2]).toMatchObject({ error: expect.stringContaining('introuvable') });
    expect(run.code).not.toBe(0);
  });

  it('exits 0 when every input was extracted', async () => {
    const run = await runCli(['extract', `${server.origin}/deux`]);
    expect(run.code).toBe(0);
  });
});

describe('revue import', () => {
  it('prints an outcome per item and a summary; exits non-zero only when nothing could be imported', async () => {
    const ok = await runCli(['--db', temp.dbPath, 'import', `${server.origin}/un`, `${server.origin}/un`, `${server.origin}/absent`]);
    expect(ok.stdout).toMatch(/importé\s+Article numéro un/);
    expect(ok.stdout).toMatch(/doublon/);
    expect(ok.stdout).toMatch(/échec.*404/);
    expect(ok.stdout).toContain('1\u00A0importé, 1\u00A0doublon, 1\u00A0échec');
    expect(ok.code).toBe(0);
    const none = await runCli(['--db', temp.dbPath, 'import', `${server.origin}/absent`]);
    expect(none.code).not.toBe(0);
  });

  it('keeps what finished and no half-written article when the batch is killed half way', async () => {
    const child = spawnCli(['--db', temp.dbPath, 'import', `${server.origin}/un`, `${server.origin}/deux`, `${server.origin}/bloque`, `${server.origin}/trois`]);
    let stdout = '';
    await new Promise<void>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if ((stdout.match(/importé/g) ?? []).length === 2) resolve();
      });
    });
    const exited = new Promise((resolve) => child.once('close', resolve));
    child.kill('SIGKILL');
    await exited;

    const db = new Database(temp.dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const titles = (db.prepare('SELECT title FROM articles ORDER BY id').all() as { title: string }[]).map((r) => r.title);
    expect(titles).toEqual(['Article numéro un', 'Article numéro deux']);
    // The full-text index holds exactly the finished articles.
    expect(() => db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run()).not.toThrow();
    expect((db.prepare("SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH 'numero'").get() as { n: number }).n).toBe(2);
    db.close();
  });
});
