import type { SmtpSettings } from '../../shared/domain.js';
import type { Db } from './database.js';

interface Row {
  host: string;
  port: number;
  security: SmtpSettings['security'];
  username: string;
  from_address: string;
  reply_to: string;
  allow_invalid_certificate: number;
  max_recipients: number;
}

/** The archive's mail server, or null when none was set. Never holds a password. */
export function readSmtpServer(db: Db): SmtpSettings | null {
  const row = db.prepare('SELECT * FROM smtp_server WHERE id = 1').get() as Row | undefined;
  if (!row) return null;
  return {
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    from: row.from_address,
    replyTo: row.reply_to,
    allowInvalidCertificate: row.allow_invalid_certificate === 1,
    maxRecipientsPerMessage: row.max_recipients,
  };
}

/** Writes the mail server (there is one). */
export function writeSmtpServer(db: Db, s: SmtpSettings): void {
  db.prepare(
    `INSERT INTO smtp_server (id, host, port, security, username, from_address, reply_to, allow_invalid_certificate, max_recipients)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port, security = excluded.security,
       username = excluded.username, from_address = excluded.from_address, reply_to = excluded.reply_to,
       allow_invalid_certificate = excluded.allow_invalid_certificate, max_recipients = excluded.max_recipients`,
  ).run(s.host, s.port, s.security, s.username, s.from, s.replyTo, s.allowInvalidCertificate ? 1 : 0, s.maxRecipientsPerMessage);
}
