import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRevue } from '../../../src/core/revue.js';
import { runCli, spawnCli } from '../cli/runCli.js';
import { openTestArchive, type TestArchive } from '../helpers/testArchive.js';
import { hasOpenssl, startSmtpServer, type TestSmtp } from './smtpTestServer.js';

const USER = 'presse@journal.example';
const PASSWORD = 'mot de passe:secret';

describe.skipIf(!hasOpenssl())('the revue send, lists and export html|eml commands', () => {
  let archive: TestArchive;
  let server: TestSmtp;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    archive = openTestArchive();
    const a = archive.addArticle('budget', { title: 'Le budget arrive au Parlement' });
    await archive.call('reviews.addItems', { date: '2025-12-31', articleIds: [a], lang: 'fr' });
    archive.revue.close();
    server = await startSmtpServer({ user: USER, password: PASSWORD, refuse: (address) => address.startsWith('refuse') });
    env = {
      REVUE_DB: archive.dbPath,
      REVUE_SMTP_URL: `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${server.port}?allowInvalidCertificate=1`,
    };
  });
  afterAll(async () => {
    await server.close();
    archive.reopen();
    archive.close();
  });

  it('keeps named lists, and refuses one with an invalid address', async () => {
    const added = await runCli(['lists', 'add', 'Direction', 'dg@journal.example', 'Rédac <redac@journal.example>'], env);
    expect(added).toMatchObject({ code: 0, stdout: 'liste Direction\u00A0: 2\u00A0adresses\n' });
    const bad = await runCli(['lists', 'add', 'Rédaction', 'ok@journal.example', 'pas-une-adresse'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Adresse électronique invalide\u00a0: «\u00a0pas-une-adresse\u00a0»');
    const listed = await runCli(['lists', 'list', '--json'], env);
    expect(JSON.parse(listed.stdout)).toEqual([{ name: 'Direction', addresses: ['dg@journal.example', 'redac@journal.example'] }]);
  }, 60_000);

  it('writes the .eml draft and the web page', async () => {
    const eml = join(archive.dbPath, '..', 'revue.eml');
    const draft = await runCli(['export', '2025-12-31', '--format', 'eml', '--attach', 'docx', '--out', eml], env);
    expect(draft.code, draft.stderr).toBe(0);
    const mail = await simpleParser(readFileSync(eml));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['revue-de-presse-2025-12-31.docx']);
    const html = join(archive.dbPath, '..', 'revue.html');
    expect((await runCli(['export', '2025-12-31', '--format', 'html', '--out', html], env)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Le budget arrive au Parlement');
    const wrong = await runCli(['export', '2025-12-31', '--format', 'eml', '--attach', 'odt', '--out', join(archive.dbPath, '..', 'x.eml')], env);
    expect(wrong.code).toBe(1);
    expect(existsSync(join(archive.dbPath, '..', 'x.eml'))).toBe(false);
  }, 60_000);

  it('sends only once confirmed, prints the Message-ID and each refused recipient', async () => {
    const unconfirmed = await runCli(['send', '2025-12-31', '--to', 'Direction'], env);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toContain('envoi annulé');
    expect(server.received).toHaveLength(0);

    const sent = await runCli(['send', '2025-12-31', '--to', 'Direction', 'refuse@journal.example', '--yes'], env);
    expect(sent.code, sent.stderr).toBe(0);
    const messageId = /^Message-ID\u00A0: (<[^>]+>)$/m.exec(sent.stdout)?.[1];
    expect(messageId).toBeDefined();
    expect(sent.stdout).toContain('envoyée à 2\u00A0destinataires sur 3');
    expect(sent.stdout).toMatch(/^refusé\u00A0: refuse@journal\.example \(550/m);
    expect((await simpleParser(server.received[0]!.raw)).messageId).toBe(messageId);
  }, 60_000);

  it('exits non-zero when nobody got the message', async () => {
    const run = await runCli(['send', '2025-12-31', '--to', 'refuse-aussi@journal.example', '--yes'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('envoyée à 0\u00A0destinataire sur 1');
    const unreachable = await runCli(['send', '2025-12-31', '--to', 'dg@journal.example', '--yes'], { ...env, REVUE_SMTP_URL: 'smtp://127.0.0.1:1?from=presse@journal.example' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('est injoignable');
  }, 60_000);

  it('leaves in the log who got a send killed half way, and marks it interrupted', async () => {
    const hanging = await startSmtpServer({ user: USER, password: PASSWORD, hangAfter: 1 });
    const url = `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${hanging.port}?allowInvalidCertificate=1`;
    const reader = openRevue({ dbPath: archive.dbPath });
    try {
      // One recipient per SMTP transaction: the first gets it, the second never completes.
      await reader.call('smtp.update', { host: '127.0.0.1', port: hanging.port, security: 'starttls', from: USER, maxRecipientsPerMessage: 1 });
      const reviewId = (await reader.call('reviews.get', { date: '2025-12-31', edition: '' }))!.id;
      const before = (await reader.call('send.log', { reviewId })).length;
      const child = spawnCli(['send', '2025-12-31', '--to', 'premier@journal.example', 'second@journal.example', '--yes'], { ...env, REVUE_SMTP_URL: url });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      let entry = null;
      for (let i = 0; i < 600 && !entry; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const log = await reader.call('send.log', { reviewId });
        entry = log.length > before && log[0]?.accepted.length === 1 ? log[0] : null;
      }
      child.kill('SIGKILL');
      await exited;
      expect(entry).not.toBeNull();
      const after = (await reader.call('send.log', { reviewId }))[0];
      expect(after).toMatchObject({ result: 'interrupted', accepted: ['premier@journal.example'], unreached: ['second@journal.example'], finishedAt: null });
      expect(hanging.received.map((m) => m.to)).toEqual([['premier@journal.example']]);
    } finally {
      await reader.close();
      await hanging.close();
    }
  }, 90_000);
});
