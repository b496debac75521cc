import type { SerializedError } from './errors.js';

/** STARTTLS on a plain port (587, 25), or TLS from the first byte (465). */
export type SmtpSecurity = 'starttls' | 'tls';

/** The newsroom's mail server, as the archive keeps it: everything but the password. */
export interface SmtpSettings {
  host: string;
  port: number;
  security: SmtpSecurity;
  /** Empty when the server takes mail without authentication. */
  username: string;
  /** "Service de presse <presse@journal.ma>" */
  from: string;
  replyTo: string;
  /** A certificate that fails verification is accepted only for this server, and only when the editor said so. */
  allowInvalidCertificate: boolean;
  /** Recipients per SMTP transaction: servers cap it (often 100); a send goes in batches. */
  maxRecipientsPerMessage: number;
}

/**
 * Where the password lives: encrypted by the system (Electron safeStorage), in a file beside the
 * archive without encryption (browser mode, CLI: the UI warns), or in REVUE_SMTP_URL.
 */
export type PasswordStorage = 'encrypted' | 'unencrypted' | 'environment';

export interface SmtpSettingsView {
  /** The settings in force: REVUE_SMTP_URL's when it is set, else the archive's; null when neither. */
  server: SmtpSettings | null;
  /** REVUE_SMTP_URL is set and overrides the archive's settings. */
  fromEnvironment: boolean;
  passwordSet: boolean;
  passwordStorage: PasswordStorage;
  /** Where an unencrypted password is written, for the warning. */
  passwordLocation: string | null;
}

export interface RecipientList {
  name: string;
  addresses: string[];
}

export type AttachFormat = 'pdf' | 'docx';

/** sending: in progress; interrupted: cut off (the process ended) with `accepted` having got it. */
export type SendResult = 'sending' | 'sent' | 'partial' | 'failed' | 'interrupted';

export interface RefusedRecipient {
  address: string;
  reason: string;
}

/** One send of a review, as the log keeps it. */
export interface SendLogEntry {
  id: number;
  reviewId: number;
  edition: string;
  /** The lists sent to ("Direction, Rédaction"), null for addresses typed one by one. */
  listName: string | null;
  recipientCount: number;
  accepted: string[];
  refused: RefusedRecipient[];
  /** Recipients the message never reached (connection lost, or refused with the whole message). */
  unreached: string[];
  messageId: string;
  startedAt: string;
  finishedAt: string | null;
  result: SendResult;
  error: SerializedError | null;
  attach: AttachFormat[];
  includeComments: boolean;
  retryOf: number | null;
}

/** What the confirmation names before anything leaves. */
export interface SendPlan {
  recipients: string[];
  listNames: string[];
  /** The review has no item: the editor is warned. */
  empty: boolean;
  /** The last send of this review that reached someone: a second send asks first. */
  lastSent: SendLogEntry | null;
}
