import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/core/export/writeFileAtomic';
import { saveArticle } from '../../../src/core/import/saveArticle';
import { openTestRevue } from '../helpers/openTestRevue';
import { articlePage } from '../helpers/articlePage';
import { tempArchivePath } from '../helpers/tempArchive';
import { startLocalServer, type LocalServer } from '../fetch/localServer';
import { ROOT, spawnCli } from '../cli/runCli';
import { distinctText } from '../helpers/testArchive';

/**
 * The real `revue` process, killed with SIGKILL (no handler runs, nothing is flushed) in the
 * middle of its work: the archive must stay whole and every file complete or absent.
 */

let temp: ReturnType<typeof tempArchivePath>;
beforeEach(() => {
  temp = tempArchivePath();
});
afterEach(() => temp.remove());

const randomInt = (min: number, max: number): number => min + Math.floor(Math.random() * (max - min + 1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the child has printed `count` lines matching `pattern` (or has exited). */
function waitForOutput(child: ChildProcess, pattern: RegExp, count: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += (chunk.toString().match(new RegExp(pattern.source, 'g')) ?? []).length;
      if (seen >= count) resolve();
    });
    child.once('close', () => resolve());
  });
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('close', resolve));
  child.kill('SIGKILL');
  await exited;
}

function checkIntegrity(db: Database.Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // The full-text index agrees with what it indexes.
  expect(() => db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run()).not.toThrow();
}

describe('killed during a bulk import', () => {
  const PAGES = 30;
  let server: LocalServer;
  const token = (i: number) => `jeton${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}mot`;

  beforeEach(async () => {
    const routes: Record<string, (q: unknown, res: import('node:http').ServerResponse) => void> = {};
    for (let i = 0; i < PAGES; i++) {
      const text = distinctText(token(i));
      const html = articlePage({ title: `Article ${token(i)}`, site: 'Le Quotidien', date: '2025-03-14', paragraphs: [text.slice(0, 400), text.slice(400)] });
      // Some pages answer a little late, so the kill lands while one is fetched or saved.
      routes[`/p${i}`] = (_q, res) => void sleep(i % 3 === 0 ? 15 : 0).then(() => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
    }
    server = await startLocalServer(routes);
  });
  afterEach(() => server.close());

  it('leaves an archive that passes integrity_check, with every stored article whole and findable', async () => {
    const urls = Array.from({ length: PAGES }, (_, i) => `${server.origin}/p${i}`);
    const child = spawnCli(['--db', temp.dbPath, 'import', ...urls]);
    await waitForOutput(child, /importé/, randomInt(3, PAGES - 5));
    await sleep(randomInt(0, 40));
    await kill(child);

    const db = new Database(temp.dbPath);
    checkIntegrity(db);
    const rows = db.prepare('SELECT id, title, text, html FROM articles').all() as { id: number; title: string; text: string; html: string }[];
    db.close();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBeLessThan(PAGES);
    const revue = openTestRevue({ dbPath: temp.dbPath });
    try {
      for (const row of rows) {
        expect(row.title).toMatch(/^Article jeton/);
        expect(row.text.length).toBeGreaterThan(400);
        expect(row.html).toContain('<p>');
        const word = /jeton\w+mot/.exec(row.title)?.[0] ?? '';
        const found = await revue.call('articles.search', { query: word, limit: 5 });
        expect(found.hits.map((hit) => hit.id), word).toEqual([row.id]);
      }
    } finally {
      revue.close();
    }
  }, 60_000);
});

/** A review with 4 sections and 12 items, in an archive at `dbPath`. */
async function reviewArchive(dbPath: string): Promise<void> {
  const revue = openTestRevue({ dbPath });
  const ids: number[] = [];
  for (let i = 0; i < 12; i++) {
    const text = distinctText(`article${i}`);
    const outcome = saveArticle(revue.db, `a${i}`, { title: `Article ${i}`, byline: 'Claire Martin', siteName: i % 2 ? 'Le Soir' : 'Le Quotidien', publishedTime: '2025-03-14', lang: 'fr', dir: 'ltr', text, html: `<p>${text}</p>`, url: `https://q.example/${i}` });
    if (outcome.status === 'imported') ids.push(outcome.article.id);
  }
  const { review } = await revue.handlers['reviews.addItems']({ date: '2025-03-14', edition: '', articleIds: ids, lang: 'fr' });
  for (const name of ['Monde', 'Économie', 'Culture']) await revue.handlers['sections.add']({ reviewId: review.id, name });
  revue.close();
}

describe('killed during a review edit', () => {
  it('leaves an archive that passes integrity_check, with positions still 0..n-1 in every section', async () => {
    await reviewArchive(temp.dbPath);
    for (let round = 0; round < 1; round++) {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'run-ts.mjs'), join(ROOT, 'tests', 'unit', 'hardening', 'editLoop.ts'), temp.dbPath, '2025-03-14'], {
        cwd: ROOT,
        env: { ...process.env, EDIT_SEED: String(randomInt(1, 1e9)) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await waitForOutput(child, /edits \d+/, randomInt(2, 6));
      await sleep(randomInt(0, 30));
      expect(child.exitCode, stderr).toBeNull();
      await kill(child);

      const db = new Database(temp.dbPath);
      checkIntegrity(db);
      const dense = (sql: string) => {
        const groups = new Map<number, number[]>();
        for (const row of db.prepare(sql).all() as { owner: number; position: number }[]) groups.set(row.owner, [...(groups.get(row.owner) ?? []), row.position]);
        for (const [owner, positions] of groups) expect(positions, `group ${owner}`).toEqual(positions.map((_, i) => i));
        return groups.size;
      };
      expect(dense('SELECT review_id AS owner, position FROM review_sections ORDER BY review_id, position')).toBe(1);
      expect(dense('SELECT section_id AS owner, position FROM review_items ORDER BY section_id, position')).toBeGreaterThan(0);
      expect((db.prepare('SELECT COUNT(*) AS n FROM review_items').get() as { n: number }).n).toBe(12);
      db.close();
    }
  }, 60_000);
});

describe('killed during an export', () => {
  it('leaves the file absent or a complete DOCX, and at most a recognisable temporary file beside it', async () => {
    await reviewArchive(temp.dbPath);
    const outDir = join(temp.dir, 'exports');
    mkdirSync(outDir);
    const TRIES = 6;
    // Half the tries are killed the moment the temporary file appears (mid-write), half at a random time.
    const attempt = async (i: number): Promise<void> => {
      const out = join(outDir, `revue-${i}.docx`);
      const child = spawnCli(['--db', temp.dbPath, 'export', '2025-03-14', '--format', 'docx', '--out', out]);
      const exited = new Promise((resolve) => child.once('close', resolve));
      if (i % 2 === 0) {
        const watcher = watch(outDir, (_event, name) => {
          if (name?.startsWith(`.revue-${i}.docx.`)) child.kill('SIGKILL');
        });
        await exited;
        watcher.close();
      } else if (i === TRIES - 1) {
        // One export runs to its end: the checks below must see what a complete file looks like.
        await exited;
      } else {
        await sleep(randomInt(1000, 4000));
        child.kill('SIGKILL');
        await exited;
      }
    };
    // Three at a time: the machine has two cores and other tests run beside this one.
    for (let i = 0; i < TRIES; i += 3) await Promise.all([i, i + 1, i + 2].map(attempt));

    let complete = 0;
    for (let i = 0; i < TRIES; i++) {
      const out = join(outDir, `revue-${i}.docx`);
      if (!existsSync(out)) continue;
      const files = unzipSync(readFileSync(out));
      expect(Object.keys(files)).toContain('word/document.xml');
      expect(new TextDecoder().decode(files['word/document.xml'])).toContain('Article 3');
      complete++;
    }
    const names = readdirSync(outDir);
    const stray = names.filter((name) => !/^revue-\d+\.docx$/.test(name));
    // writeFileAtomic's temporary file, left when the kill lands between its creation and the rename.
    for (const name of stray) expect(name).toMatch(/^\.revue-\d+\.docx\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(complete).toBeGreaterThanOrEqual(1);
    expect(complete + stray.length).toBeLessThanOrEqual(TRIES);
    // The next export to the same file tidies what the killed one left.
    for (const name of stray) writeFileAtomic(join(outDir, name.slice(1).replace(/\.\d+\.[0-9a-f]{8}\.tmp$/, '')), new Uint8Array([1]));
    expect(readdirSync(outDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    if (process.env.CRASH_STATS) console.log({ complete, stray, absent: TRIES - complete });
  }, 120_000);
});
