import { isIP } from 'node:net';
import nodemailer from 'nodemailer';
import { RevueError } from '../../shared/errors.js';
import type { RefusedRecipient, SmtpSettings } from '../../shared/domain.js';
import { parseAddress } from './addresses.js';
import type { SmtpAccess } from './smtpConfig.js';

/** What the server did with one SMTP transaction's recipients. */
export interface BatchOutcome {
  accepted: string[];
  refused: RefusedRecipient[];
}

interface SmtpFailure extends Error {
  code?: string;
  originalCode?: string;
  response?: string;
  responseCode?: number;
  command?: string;
  rejected?: string[];
  rejectedErrors?: (Error & { recipient?: string; response?: string })[];
}

const CERTIFICATE = /certificate|self[- ]signed|CERT_|UNABLE_TO_VERIFY|altname|SSL|TLS|wrong version number|EPROTO/i;
const MB = 1024 * 1024;

const mb = (bytes: number): string => (Math.ceil((bytes / MB) * 10) / 10).toLocaleString('fr-FR');

/** The server's words without the protocol's noise, for a message the editor reads. */
function detailOf(error: SmtpFailure): string {
  return (error.response ?? error.message).replace(/\s+/g, ' ').slice(0, 300);
}

/** Turns what nodemailer reports into a RevueError the editor can act on. */
export function smtpError(error: unknown, settings: SmtpSettings, size: number): RevueError {
  const e = error as SmtpFailure;
  const code = e.code ?? '';
  const original = e.originalCode ?? '';
  const where = { host: settings.host, port: settings.port };
  if (code === 'EAUTH') return new RevueError('SMTP_AUTH', { host: settings.host, user: settings.username, detail: detailOf(e) }, { cause: error });
  const limit = /larger than allowed (\d+)/.exec(e.message)?.[1];
  if ((code === 'EMESSAGE' && limit) || e.responseCode === 552 || /\bsize\b/i.test(e.response ?? '')) {
    const max = limit ? Number(limit) : Number(/(\d{4,})/.exec(e.response ?? '')?.[1] ?? 0);
    return new RevueError('SMTP_TOO_LARGE', { size: mb(size), limit: max ? mb(max) : '?' }, { cause: error });
  }
  if (code === 'ETLS' || (CERTIFICATE.test(`${e.message} ${original}`) && (code === 'ESOCKET' || code === 'ECONNECTION'))) {
    return new RevueError('SMTP_TLS', { host: settings.host, detail: detailOf(e) }, { cause: error });
  }
  if (['ECONNECTION', 'ESOCKET', 'EDNS', 'ETIMEDOUT', 'ECONNREFUSED'].includes(code)) {
    return new RevueError('SMTP_UNREACHABLE', { ...where, detail: original || detailOf(e) }, { cause: error });
  }
  return new RevueError('SMTP_REFUSED', { detail: detailOf(e) }, { cause: error });
}

/** The transport for these settings: STARTTLS required or TLS from the start; certificates checked unless allowed for this host. */
function transportFor(access: SmtpAccess) {
  const { settings, password } = access;
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ...(settings.username ? { auth: { user: settings.username, pass: password ?? '' } } : {}),
    // SNI takes host names only; an IP address is still checked against the certificate.
    tls: { rejectUnauthorized: !settings.allowInvalidCertificate, ...(isIP(settings.host) ? {} : { servername: settings.host }), minVersion: 'TLSv1.2' },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  });
}

/** The sender's bare address for the envelope (MAIL FROM). */
export function envelopeSender(settings: SmtpSettings): string {
  return parseAddress(settings.from);
}

/**
 * Sends the message's bytes to some recipients in one SMTP transaction. Recipients the server
 * refuses are returned with its reason; a failure of the whole message (connection, TLS,
 * authentication, size, every recipient refused) throws a RevueError.
 */
export async function deliverBatch(access: SmtpAccess, to: string[], raw: Buffer): Promise<BatchOutcome> {
  const transport = transportFor(access);
  try {
    const info = (await transport.sendMail({ envelope: { from: envelopeSender(access.settings), to, size: raw.length } as never, raw })) as {
      accepted?: (string | { address: string })[];
      rejected?: (string | { address: string })[];
      rejectedErrors?: SmtpFailure[];
    };
    const address = (a: string | { address: string }): string => (typeof a === 'string' ? a : a.address);
    const reasons = new Map((info.rejectedErrors ?? []).map((err) => [(err as { recipient?: string }).recipient ?? '', detailOf(err)]));
    return {
      accepted: (info.accepted ?? []).map(address),
      refused: (info.rejected ?? []).map(address).map((a) => ({ address: a, reason: reasons.get(a) ?? '' })),
    };
  } catch (error) {
    const e = error as SmtpFailure;
    // Every recipient refused: not a failure of the message but of each address, reported one by one.
    if (e.code === 'EENVELOPE' && e.rejectedErrors && e.rejectedErrors.length > 0) {
      const refused = e.rejectedErrors.map((err) => ({ address: (err as { recipient?: string }).recipient ?? '', reason: detailOf(err) }));
      return { accepted: [], refused };
    }
    throw smtpError(error, access.settings, raw.length);
  } finally {
    transport.close();
  }
}
