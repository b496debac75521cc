import { RevueError } from '../../shared/errors.js';
import type { SmtpSettings, SmtpSettingsView } from '../../shared/domain.js';
import type { Db } from '../store/database.js';
import { readSmtpServer } from '../store/smtpServerRepository.js';
import type { SecretStore } from './secretStore.js';

/** What the shell gives the sending code: the password's store and, maybe, REVUE_SMTP_URL. */
export interface SendDeps {
  secrets: SecretStore;
  /** smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465 (TLS); overrides the archive's settings. */
  smtpUrl?: string | undefined;
}

export interface SmtpAccess {
  settings: SmtpSettings;
  password: string | null;
}

const DEFAULTS = { maxRecipientsPerMessage: 50 };

/**
 * Reads REVUE_SMTP_URL: scheme smtp (STARTTLS, port 587) or smtps (TLS, port 465), user and
 * password percent-encoded; optional ?from=…&replyTo=…&allowInvalidCertificate=1. The sender
 * defaults to the archive's, then to the user name when it is an address.
 */
export function parseSmtpUrl(url: string, archive: SmtpSettings | null): SmtpAccess {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RevueError('SMTP_URL_INVALID');
  }
  const security = parsed.protocol === 'smtps:' ? 'tls' : parsed.protocol === 'smtp:' ? 'starttls' : null;
  if (!security || !parsed.hostname) throw new RevueError('SMTP_URL_INVALID');
  const username = decodeURIComponent(parsed.username);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const from = parsed.searchParams.get('from') ?? (archive?.from || (username.includes('@') ? username : ''));
  return {
    settings: {
      host,
      port: parsed.port ? Number(parsed.port) : security === 'tls' ? 465 : 587,
      security,
      username,
      from,
      replyTo: parsed.searchParams.get('replyTo') ?? archive?.replyTo ?? '',
      allowInvalidCertificate: parsed.searchParams.get('allowInvalidCertificate') === '1',
      maxRecipientsPerMessage: archive?.maxRecipientsPerMessage ?? DEFAULTS.maxRecipientsPerMessage,
    },
    password: parsed.password ? decodeURIComponent(parsed.password) : null,
  };
}

/** The settings in force and the password, or SMTP_NOT_CONFIGURED / SMTP_PASSWORD_MISSING. */
export function resolveSmtp(db: Db, deps: SendDeps): SmtpAccess {
  const archive = readSmtpServer(db);
  const access = deps.smtpUrl ? parseSmtpUrl(deps.smtpUrl, archive) : archive ? { settings: archive, password: deps.secrets.read() } : null;
  if (!access) throw new RevueError('SMTP_NOT_CONFIGURED');
  if (!access.settings.from) throw new RevueError('SMTP_NOT_CONFIGURED');
  if (access.settings.username && !access.password) throw new RevueError('SMTP_PASSWORD_MISSING', { user: access.settings.username });
  return access;
}

/** The settings as the UI shows them: never the password, only whether there is one and where. */
export function smtpView(db: Db, deps: SendDeps): SmtpSettingsView {
  const archive = readSmtpServer(db);
  if (deps.smtpUrl) {
    const access = parseSmtpUrl(deps.smtpUrl, archive);
    return { server: access.settings, fromEnvironment: true, passwordSet: access.password !== null, passwordStorage: 'environment', passwordLocation: null };
  }
  return {
    server: archive,
    fromEnvironment: false,
    passwordSet: deps.secrets.read() !== null,
    passwordStorage: deps.secrets.storage,
    passwordLocation: deps.secrets.storage === 'unencrypted' ? deps.secrets.location : null,
  };
}
