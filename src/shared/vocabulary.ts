import { z } from 'zod';

// Revue's enumerations, each declared once as a schema with its type derived from it: the
// contract validates with the schema, the domain types and the code use the type.

/** The languages of the UI and of exports. */
export const uiLanguageSchema = z.enum(['fr', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

/** Text direction of an article or a review item. */
export const textDirectionSchema = z.enum(['ltr', 'rtl']);
export type TextDirection = z.infer<typeof textDirectionSchema>;

/** How a review's items are grouped: by the editor's sections, or by newspaper. */
export const reviewLayoutSchema = z.enum(['sections', 'newspapers']);
export type ReviewLayout = z.infer<typeof reviewLayoutSchema>;

/** A review's edition of the day: empty for the main one; "matin", "soir"… for the others. */
export const editionSchema = z.string().trim().max(40);

/** The documents a review is printed as (and attached to an e-mail as). */
export const documentFormatSchema = z.enum(['pdf', 'docx']);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

/** What a review can be exported as: a document, the e-mail draft (eml) or the standalone web page (html). */
export const exportFormatSchema = z.enum(['docx', 'pdf', 'eml', 'html']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const highlightColorSchema = z.enum(['yellow', 'green', 'blue', 'pink']);
export type HighlightColor = z.infer<typeof highlightColorSchema>;

/** The image types a logo may be. */
export const logoMimeTypeSchema = z.enum(['image/png', 'image/jpeg']);
export type LogoMimeType = z.infer<typeof logoMimeTypeSchema>;

/** What kind of outlet a publication is; an aggregator only relays what others publish. */
export const publicationTypeSchema = z.enum(['daily', 'weekly', 'magazine', 'agency', 'broadcaster', 'site', 'aggregator']);
export type PublicationType = z.infer<typeof publicationTypeSchema>;
export const PUBLICATION_TYPES = publicationTypeSchema.options;

/** What importing one input came to. */
export const importStatusSchema = z.enum(['imported', 'duplicate', 'failed']);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/** How a followed source is read: a feed (RSS, Atom, JSON Feed), or a page whose article links a CSS selector picks. */
export const sourceKindSchema = z.enum(['feed', 'page']);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** A source's health: never checked yet, fine, failing since its first failure, broken after BROKEN_AFTER_FAILURES in a row. */
export const sourceStatusSchema = z.enum(['new', 'ok', 'failing', 'broken']);
export type SourceStatus = z.infer<typeof sourceStatusSchema>;

/** The formats a feed is read in. */
export const feedFormatSchema = z.enum(['rss', 'atom', 'json']);
export type FeedFormat = z.infer<typeof feedFormatSchema>;

export const triageDecisionSchema = z.enum(['retained', 'dismissed']);
export type TriageDecision = z.infer<typeof triageDecisionSchema>;

/** STARTTLS on a plain port (587, 25), or TLS from the first byte (465). */
export const smtpSecuritySchema = z.enum(['starttls', 'tls']);
export type SmtpSecurity = z.infer<typeof smtpSecuritySchema>;

/**
 * Where the SMTP password lives: encrypted by the system (Electron safeStorage), in a file beside
 * the archive without encryption (browser mode, CLI: the UI warns), or in REVUE_SMTP_URL.
 */
export const passwordStorageSchema = z.enum(['encrypted', 'unencrypted', 'environment']);
export type PasswordStorage = z.infer<typeof passwordStorageSchema>;

/** sending: in progress; interrupted: cut off (the process ended) with `accepted` having got it. */
export const sendResultSchema = z.enum(['sending', 'sent', 'partial', 'failed', 'interrupted']);
export type SendResult = z.infer<typeof sendResultSchema>;

/** The order of search results. */
export const searchSortSchema = z.enum(['date', 'relevance']);
export type SearchSort = z.infer<typeof searchSortSchema>;

/** How the window is laid out: reading (the reader wide) or composing (the review wide). */
export const workspaceSchema = z.enum(['read', 'compose']);
export type Workspace = z.infer<typeof workspaceSchema>;
