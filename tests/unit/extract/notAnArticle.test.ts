import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unreadableReason } from '../../../src/core/extract/assertReadable.js';
import { ImportService } from '../../../src/core/import/importService.js';
import { openTestRevue, type TestRevue as Revue } from '../helpers/openTestRevue.js';
import { formatErrorMessage } from '../../../src/shared/errors.js';
import { runCli } from '../cli/runCli.js';
import { startLocalServer, type LocalServer } from '../fetch/localServer.js';
import { articlePage, frenchParagraphs } from '../helpers/articlePage.js';
import { tempArchivePath } from '../helpers/tempArchive.js';

/** Deterministic bytes in 0x80–0xFF, as a corrupted or binary file would give. */
function highBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = 0x80 + (x % 128);
  }
  return out;
}

const frenchText = frenchParagraphs('portuaire').join('\n\n');
const arabicText =
  'افتتحت بلدية المدينة صباح الثلاثاء مكتبة عمومية جديدة تضم أكثر من عشرين ألف كتاب في مختلف المجالات، وقاعة مخصصة للأطفال. وقال رئيس البلدية إن المكتبة ستفتح أبوابها طيلة أيام الأسبوع، وإن برنامجا للقراءة سينطلق خلال العطلة الصيفية.';

/** UTF-8 bytes shown as Windows-1252, the way a page with a wrong charset label reads. */
function asMojibake(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

describe('the quality gate on text', () => {
  it('accepts French, Arabic, Japanese and a short note', () => {
    expect(unreadableReason(frenchText)).toBeNull();
    expect(unreadableReason(arabicText)).toBeNull();
    expect(unreadableReason('東京都は二十六日、新しい防災計画を発表した。地震や台風に備えて、避難所の数を増やし、食料の備蓄を強化する。計画は来年四月から実施される予定である。')).toBeNull();
    expect(unreadableReason('Réunion à 15 h.')).toBeNull();
  });

  it('refuses random high bytes, whatever charset they are read in', () => {
    const bytes = highBytes(4000);
    expect(unreadableReason(new TextDecoder('windows-1252').decode(bytes))).not.toBeNull();
    expect(unreadableReason(new TextDecoder('utf-8').decode(bytes))).toBe('replacement');
    expect(unreadableReason(new TextDecoder('iso-8859-6').decode(bytes))).not.toBeNull();
  });

  it('refuses French and Arabic mojibake, and text with no letters', () => {
    expect(unreadableReason(asMojibake(frenchText))).toBe('mojibake');
    expect(unreadableReason(asMojibake(arabicText))).not.toBeNull();
    expect(unreadableReason('---- #### 1234 5678 ++++ //// 99.00 ==== **** 12/12 #### ---- 4567 8901 ++++ ==== **** ////')).toBe('letters');
  });
});

describe('not an article: refused on every import path, nothing stored', () => {
  let temp: ReturnType<typeof tempArchivePath>;
  let revue: Revue;
  let server: LocalServer;
  const mojibakePage = new TextEncoder().encode(
    articlePage({ title: 'Le port rouvre ses quais', paragraphs: frenchParagraphs('portuaire') }).replace('charset="utf-8"', 'charset="windows-1252"'),
  );

  beforeEach(async () => {
    temp = tempArchivePath();
    revue = openTestRevue({ dbPath: temp.dbPath });
    server = await startLocalServer({
      '/bruit': (_q, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(Buffer.from(highBytes(6000))),
      '/mojibake': (_q, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=windows-1252' }).end(Buffer.from(mojibakePage)),
      '/flux.xml': (_q, res) =>
        res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Flux</title><link>${server.origin}/</link>
<item><title>Bruit</title><link>${server.origin}/bruit</link><guid>b-1</guid><description>…</description></item></channel></rss>`),
    });
  });

  afterEach(async () => {
    await server.close();
    revue.close();
    temp.remove();
  });

  it('refuses random bytes and mojibake from a URL, a file, a feed and pasted text, in French and English', async () => {
    const service = new ImportService(revue.db, { timeoutMs: 2000 });
    const outcomes = [
      ...(await service.importInputs([`${server.origin}/bruit`, `${server.origin}/mojibake`])),
      await service.importFileData('bruit.html', highBytes(5000)),
      // Saved by a tool that encoded the page twice: every accent is two characters in the file itself.
      await service.importFileData('mojibake.html', new TextEncoder().encode(asMojibake(new TextDecoder().decode(mojibakePage)))),
      service.importPastedText(new TextDecoder('windows-1252').decode(highBytes(3000))),
      service.importPastedText(asMojibake(`Le port rouvre\n${frenchText}`)),
      ...(await service.importInputs([`${server.origin}/flux.xml`])),
    ];
    expect(outcomes).toHaveLength(7);
    for (const o of outcomes) expect(o, JSON.stringify(o)).toMatchObject({ status: 'failed', code: 'NOT_AN_ARTICLE' });
    expect(outcomes[0]).toMatchObject({ message: expect.stringContaining('Ce n’est pas un article') });
    expect(formatErrorMessage('NOT_AN_ARTICLE', { input: 'x.html' }, 'en')).toBe(
      'This is not an article: its text is unreadable (badly encoded or random characters, or no text at all): x.html. Nothing was saved.',
    );
    expect((await revue.call('articles.search', {})).total).toBe(0);
  });

  it('prints the refusal from `revue extract` and exits non-zero', async () => {
    const file = join(temp.dir, 'bruit.html');
    writeFileSync(file, highBytes(5000));
    const run = await runCli(['extract', file]);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ input: file, error: expect.stringContaining('Ce n’est pas un article') });
    expect(run.code).not.toBe(0);
    // Starting the real command takes seconds on a loaded machine.
  }, 60_000);
});
