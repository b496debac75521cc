import type { SerializedError } from './errors.js';
import type { DocumentFormat, PasswordStorage, SendResult, SmtpSecurity } from './vocabulary.js';

// Sending a review by e-mail; re-exported by domain.ts, where the domain's types are imported from.

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

/** The documents attached to a sent review. */
export type AttachFormat = DocumentFormat;

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
