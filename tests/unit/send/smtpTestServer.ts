// A real SMTP server on 127.0.0.1 for the tests (smtp-server): STARTTLS with a self-signed
// certificate made here by openssl, AUTH PLAIN/LOGIN, recipients refused by rule, a size limit,
// and a switch that cuts off every connection after N messages (a send interrupted half way).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
  user: string | undefined;
  secure: boolean;
}

export interface TestSmtpOptions {
  user?: string;
  password?: string;
  /** Refuses RCPT TO (550) for addresses for which this answers true. */
  refuse?: (address: string) => boolean;
  /** SIZE advertised in EHLO, in bytes. */
  size?: number;
  /** TLS from the first byte (port 465 style) instead of STARTTLS. */
  implicitTls?: boolean;
  /** After this many messages, MAIL FROM is never answered: the sender hangs until it is stopped. */
  hangAfter?: number;
}

export interface TestSmtp {
  port: number;
  received: ReceivedMessage[];
  /** After this many messages more, every new connection is refused at the greeting. */
  cutOffAfter(messages: number): void;
  close(): Promise<void>;
}

let certificate: { key: Buffer; cert: Buffer } | null = null;

/** A self-signed certificate for 127.0.0.1, made once per test file with the openssl command. */
export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'revue-cert-'));
  try {
    const result = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr}`);
    certificate = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function hasOpenssl(): boolean {
  return spawnSync('sh', ['-c', 'command -v openssl']).status === 0;
}

export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const received: ReceivedMessage[] = [];
  let allowed = Infinity;
  const { key, cert } = selfSignedCertificate();
  const server = new SMTPServer({
    secure: options.implicitTls ?? false,
    key,
    cert,
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: !options.user,
    ...(options.size ? { size: options.size } : {}),
    logger: false,
    onConnect(_session, callback) {
      if (received.length >= allowed) callback(Object.assign(new Error('Service not available, closing channel'), { responseCode: 421 }));
      else callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onMailFrom(_address, _session, callback) {
      if (received.length < (options.hangAfter ?? Infinity)) callback();
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) callback(Object.assign(new Error(`Mailbox unavailable: ${address.address}`), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(Object.assign(new Error('Message exceeds fixed maximum message size'), { responseCode: 552 }));
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
          user: session.user as string | undefined,
          secure: session.secure,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    cutOffAfter: (messages) => {
      allowed = received.length + messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
