import { messagesIn } from './i18n/messages.js';
import type { UiLanguage } from './vocabulary.js';

/**
 * The one error type of Revue. It crosses process boundaries as a plain object
 * ({ code, message, params }) so the UI can show it in the user's language.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'UNAUTHORIZED',
  'DB_NEWER_THAN_APP',
  'DB_ERROR',
  'DB_MISSING',
  'TEXT_TITLE_ONLY',
  'NOT_AN_ARCHIVE',
  'INTERNAL',
  'URL_INVALID',
  'URL_SCHEME_REFUSED',
  'FETCH_TIMEOUT',
  'FETCH_DNS',
  'FETCH_NETWORK',
  'FETCH_REFUSED',
  'FETCH_RESET',
  'FETCH_UNREACHABLE',
  'FETCH_TLS',
  'FETCH_BAD_PORT',
  'FETCH_HTTP_STATUS',
  'FETCH_TOO_MANY_REDIRECTS',
  'FETCH_TOO_LARGE',
  'NOT_HTML',
  'EMPTY_PAGE',
  'NOT_AN_ARTICLE',
  'DECODE_FAILED',
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FEED_MALFORMED',
  'DUPLICATE',
  'REVIEW_EXISTS',
  'EXPORT_FAILED',
  'CHROMIUM_NOT_FOUND',
  'FILE_EXISTS',
  'SMTP_NOT_CONFIGURED',
  'SMTP_PASSWORD_MISSING',
  'SMTP_UNREACHABLE',
  'SMTP_TLS',
  'SMTP_AUTH',
  'SMTP_TOO_LARGE',
  'SMTP_REFUSED',
  'SEND_ALREADY_SENT',
  'REVIEW_EMPTY',
  'ADDRESS_INVALID',
  'NO_RECIPIENTS',
  'TOPIC_QUERY_EMPTY',
  'TOPIC_EXISTS',
  'PUBLICATION_NAME_TAKEN',
  'PUBLICATION_DOMAIN_TAKEN',
  'SELECTOR_INVALID',
  'ORIGINAL_NOT_KEPT',
  'SOURCE_NO_FEED',
  'SOURCE_EXISTS',
  'SELECTOR_NO_LINKS',
  'OPML_INVALID',
  'OPML_EMPTY',
  'REFRESH_BUSY',
  'ARCHIVE_UPDATING',
  'PUBLICATION_NAME_INVALID',
  'DOMAIN_INVALID',
  'PUBLICATION_OWN_EDITION',
  'PUBLICATION_SELF_MERGE',
  'PUBLICATION_ALIAS_IS_NAME',
  'FEED_HAS_NO_LINKS',
  'FEED_CHOICE_INVALID',
  'SMTP_URL_INVALID',
  'SEND_IN_PROGRESS',
  'SITE_RULE_EMPTY',
  'KEYCHAIN_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values interpolated into the user-facing message ({{name}} in the catalogues). */
export type ErrorParams = Record<string, string | number>;

/** What a NOT_FOUND error says is missing: its kind (translated where shown) and its id. */
export const NOT_FOUND_KINDS = ['article', 'review', 'section', 'item', 'highlight', 'feed', 'topic', 'publication', 'list', 'send', 'source', 'siteRule', 'alias'] as const;
export type NotFoundKind = (typeof NOT_FOUND_KINDS)[number];

/** The error for a thing that does not exist (or no longer does): its kind and id, no words of a language. */
export function notFound(kind: NotFoundKind, id: string | number): RevueError {
  return new RevueError('NOT_FOUND', { kind, id });
}

export interface SerializedError {
  code: ErrorCode;
  /** French message, for logs and the CLI; the UI re-renders from code + params. */
  message: string;
  params: ErrorParams;
}

export class RevueError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(formatErrorMessage(code, params, 'fr'), options);
    this.name = 'RevueError';
    this.code = code;
    this.params = params;
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, params: this.params };
  }

  static is(value: unknown): value is RevueError {
    return value instanceof RevueError;
  }
}

/** Turns anything thrown into a serialisable error; unknown failures become INTERNAL. */
export function toSerializedError(error: unknown): SerializedError {
  if (error instanceof RevueError) return error.toJSON();
  const detail = error instanceof Error ? error.message : String(error);
  return new RevueError('INTERNAL', { detail }).toJSON();
}

/** The languages messages are written in: the UI's. */
export type Lang = UiLanguage;

const QUOTES: Record<Lang, [string, string]> = { fr: ['«\u00A0', '\u00A0»'], en: ['“', '”'] };

/** What kind of content a media type is, as NOT_HTML names it to a reader (never the media type itself). */
export type ContentKind = 'pdf' | 'image' | 'text' | 'feed' | 'json' | 'xml' | 'webArchive' | 'office' | 'binary';

export function contentKind(mediaType: string): ContentKind {
  const type = mediaType.toLowerCase();
  if (type.includes('pdf')) return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (/rss|atom|feed/.test(type)) return 'feed';
  if (type.includes('json')) return 'json';
  if (type.includes('xml')) return 'xml';
  if (type.startsWith('multipart/')) return 'webArchive';
  if (/word|excel|powerpoint|officedocument|opendocument|msword/.test(type)) return 'office';
  if (type.startsWith('text/')) return 'text';
  return 'binary';
}

/** A parameter as the message shows it: a NOT_FOUND kind in the language, a name (not a number) quoted; a media type as a kind of content. */
function paramText(code: ErrorCode, key: string, value: string | number, lang: Lang): string {
  if (code === 'NOT_HTML' && key === 'type') return messagesIn(lang).contentKinds[contentKind(String(value))];
  if (code !== 'NOT_FOUND' || typeof value === 'number' || /^\d+$/.test(value)) return String(value);
  if (key === 'kind') return Object.hasOwn(messagesIn(lang).notFoundKinds, value) ? messagesIn(lang).notFoundKinds[value as NotFoundKind] : value;
  const [open, close] = QUOTES[lang];
  return key === 'id' ? `${open}${value}${close}` : value;
}

/** The user-facing message of an error code in a language, with its parameters filled in. */
export function formatErrorMessage(code: ErrorCode, params: ErrorParams, lang: Lang): string {
  const template = messagesIn(lang).errorCodes[code];
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = params[key];
    return value === undefined ? '…' : paramText(code, key, value, lang);
  });
}

/** A failure kept as code and parameters (an import outcome) said in a language; its stored message when the code is unknown. */
export function recordedErrorMessage(failure: { code: string; message: string; params?: ErrorParams }, lang: Lang): string {
  const code = failure.code;
  return (ERROR_CODES as readonly string[]).includes(code) ? formatErrorMessage(code as ErrorCode, failure.params ?? {}, lang) : failure.message;
}
