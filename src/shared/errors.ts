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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values interpolated into the user-facing message ({{name}} in the catalogues). */
export type ErrorParams = Record<string, string | number>;

/** What a NOT_FOUND error says is missing: its kind (translated where shown) and its id. */
export const NOT_FOUND_KINDS = ['article', 'review', 'section', 'item', 'highlight', 'feed', 'topic', 'publication', 'list', 'send'] as const;
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

const ERROR_MESSAGES: Record<Lang, Record<ErrorCode, string>> = {
  fr: {
    INVALID_INPUT: 'Entrée invalide\u00A0: {{detail}}',
    NOT_FOUND: 'Introuvable\u00A0: {{kind}} {{id}}',
    UNAUTHORIZED: 'Accès refusé.',
    DB_NEWER_THAN_APP:
      "L’archive {{file}} a été créée par une version plus récente de Revue (schéma {{found}}, cette version connaît {{known}}). Mettez Revue à jour.",
    DB_ERROR: "Erreur de l’archive\u00A0: {{detail}}",
    TEXT_TITLE_ONLY: 'Le texte collé n’a qu’une ligne («\u00A0{{title}}\u00A0»)\u00A0: collez aussi le texte de l’article, sous son titre.',
    DB_MISSING: 'L’archive {{file}} n’existe pas (rien n’a été créé). Vérifiez le chemin donné à --db ou REVUE_DB.',
    NOT_AN_ARCHIVE: '{{file}} n’est pas une archive Revue (fichier vide ou d’un autre programme)\u00A0: il n’a été ni ouvert ni modifié.',
    INTERNAL: 'Erreur interne\u00A0: {{detail}}',
    URL_INVALID: 'Adresse invalide\u00A0: {{url}}',
    URL_SCHEME_REFUSED: 'Seules les adresses http(s) sont acceptées\u00A0: {{url}}',
    FETCH_TIMEOUT: "Le site n’a pas répondu à temps ({{seconds}} s)\u00A0: {{url}}",
    FETCH_DNS: 'Site introuvable (nom de domaine inconnu)\u00A0: {{host}}',
    FETCH_NETWORK: 'Connexion impossible\u00A0: {{url}} ({{detail}})',
    FETCH_HTTP_STATUS: 'Le site a répondu {{status}}\u00A0: {{url}}',
    FETCH_TOO_MANY_REDIRECTS: 'Trop de redirections (plus de {{max}})\u00A0: {{url}}',
    FETCH_TOO_LARGE: 'Page trop volumineuse (plus de {{maxMB}} Mo)\u00A0: {{url}}',
    NOT_HTML: "Ce n’est pas une page HTML ({{type}})\u00A0: {{input}}",
    EMPTY_PAGE: 'Aucun article trouvé dans cette page\u00A0: {{input}}',
    NOT_AN_ARTICLE:
      'Ce n\u2019est pas un article\u00a0: le texte est illisible (caractères mal encodés ou aléatoires, ou aucun texte lisible)\u00a0: {{input}}. Rien n\u2019a été enregistré.',
    DECODE_FAILED: 'Impossible de décoder le texte de {{input}}',
    FILE_NOT_FOUND: 'Fichier introuvable\u00A0: {{file}}',
    FILE_UNREADABLE: 'Fichier illisible\u00A0: {{file}} ({{detail}})',
    FEED_MALFORMED: "Ce flux RSS/Atom est illisible\u00A0: {{url}}",
    DUPLICATE: 'Déjà dans l’archive\u00A0: «\u00A0{{title}}\u00A0»',
    REVIEW_EXISTS: 'Une revue existe déjà pour le {{date}} ({{edition}}).',
    EXPORT_FAILED: "L’export a échoué\u00A0: {{detail}}",
    CHROMIUM_NOT_FOUND:
      'Chromium est introuvable ({{path}}). Installez-le ou indiquez son chemin dans les réglages ou REVUE_CHROMIUM.',
    FILE_EXISTS: '{{file}} existe déjà.',
    SMTP_NOT_CONFIGURED:
      "Aucun serveur d’envoi n’est réglé : indiquez-le dans les réglages d’envoi (Envoyer… › Réglages d’envoi) ou dans REVUE_SMTP_URL (par exemple smtp://utilisateur:motdepasse@serveur:587).",
    SMTP_PASSWORD_MISSING: "Mot de passe d’envoi manquant pour {{user}} : saisissez-le dans les réglages d’envoi ou dans REVUE_SMTP_URL.",
    SMTP_UNREACHABLE: "Le serveur d’envoi {{host}}:{{port}} est injoignable ({{detail}}). Vérifiez l’adresse, le port et la connexion.",
    SMTP_TLS:
      'Connexion chiffrée impossible avec {{host}} : {{detail}}. Rien n’a été envoyé. Si ce serveur a un certificat que vous savez sûr, autorisez-le explicitement dans les réglages d’envoi.',
    SMTP_AUTH: 'Le serveur {{host}} a refusé l’identifiant ou le mot de passe de {{user}} ({{detail}}).',
    SMTP_TOO_LARGE:
      'Message trop volumineux pour le serveur : {{size}} Mo pour {{limit}} Mo au plus. Envoyez-le sans le DOCX (ou sans pièce jointe).',
    SMTP_REFUSED: 'Le serveur a refusé le message : {{detail}}',
    SEND_ALREADY_SENT: 'Cette revue a déjà été envoyée {{when}}. Confirmez pour l’envoyer de nouveau.',
    REVIEW_EMPTY: 'La revue ne contient aucun article. Confirmez pour l’envoyer quand même.',
    ADDRESS_INVALID: 'Adresse électronique invalide : « {{address}} ».',
    NO_RECIPIENTS: 'Aucun destinataire : choisissez une liste ou saisissez une adresse.',
    TOPIC_QUERY_EMPTY:
      'La recherche \u00ab\u00a0{{query}}\u00a0\u00bb ne cherche rien\u00a0: donnez au moins un mot qui ne soit pas une exclusion.',
    TOPIC_EXISTS: 'Un sujet s\u2019appelle déjà \u00ab\u00a0{{name}}\u00a0\u00bb.',
    PUBLICATION_NAME_TAKEN: 'Le nom «\u00A0{{name}}\u00A0» désigne déjà «\u00A0{{other}}\u00A0»\u00A0: fusionnez plutôt les deux publications.',
    PUBLICATION_DOMAIN_TAKEN: 'Le domaine {{domain}} appartient déjà à «\u00A0{{other}}\u00A0».',
    SELECTOR_INVALID: 'Sélecteur CSS invalide\u00A0: {{selector}}',
    ORIGINAL_NOT_KEPT:
      'La page d’origine de «\u00A0{{title}}\u00A0» n’est pas conservée (article collé, ou importé avant que Revue garde les pages)\u00A0: importez-le de nouveau pour le ré-extraire.',
    SOURCE_NO_FEED:
      'Aucun flux à cette adresse : ce n’est pas un flux RSS, Atom ou JSON Feed, et la page n’en annonce aucun. Pour une page sans flux, indiquez le sélecteur CSS de ses liens d’articles : {{url}}',
    SOURCE_EXISTS: 'Cette source est déjà suivie : « {{name}} » ({{url}})',
    SELECTOR_NO_LINKS: 'Le sélecteur « {{selector}} » ne trouve aucun lien d’article dans {{url}}',
    OPML_INVALID: 'Ce fichier n’est pas un OPML lisible : {{detail}}',
    OPML_EMPTY: 'Ce fichier OPML ne contient aucun flux.',
    REFRESH_BUSY:
      'Une actualisation est déjà en cours sur cette archive (processus {{pid}} sur {{host}}) ; réessayez quand elle sera finie.',
  },
  en: {
    INVALID_INPUT: 'Invalid input: {{detail}}',
    NOT_FOUND: 'Not found: {{kind}} {{id}}',
    UNAUTHORIZED: 'Access denied.',
    DB_NEWER_THAN_APP:
      'The archive {{file}} was created by a newer Revue (schema {{found}}, this version knows {{known}}). Please update Revue.',
    DB_ERROR: 'Archive error: {{detail}}',
    TEXT_TITLE_ONLY: 'The pasted text has only one line (“{{title}}”): paste the article’s text too, under its title.',
    DB_MISSING: 'The archive {{file}} does not exist (nothing was created). Check the path given to --db or REVUE_DB.',
    NOT_AN_ARCHIVE: '{{file}} is not a Revue archive (an empty file, or another program’s): it was neither opened nor changed.',
    INTERNAL: 'Internal error: {{detail}}',
    URL_INVALID: 'Invalid address: {{url}}',
    URL_SCHEME_REFUSED: 'Only http(s) addresses are accepted: {{url}}',
    FETCH_TIMEOUT: 'The site did not answer in time ({{seconds}} s): {{url}}',
    FETCH_DNS: 'Site not found (unknown domain name): {{host}}',
    FETCH_NETWORK: 'Could not connect: {{url}} ({{detail}})',
    FETCH_HTTP_STATUS: 'The site answered {{status}}: {{url}}',
    FETCH_TOO_MANY_REDIRECTS: 'Too many redirects (more than {{max}}): {{url}}',
    FETCH_TOO_LARGE: 'Page too large (over {{maxMB}} MB): {{url}}',
    NOT_HTML: 'This is not an HTML page ({{type}}): {{input}}',
    EMPTY_PAGE: 'No article found in this page: {{input}}',
    NOT_AN_ARTICLE: 'This is not an article: its text is unreadable (badly encoded or random characters, or no text at all): {{input}}. Nothing was saved.',
    DECODE_FAILED: 'Could not decode the text of {{input}}',
    FILE_NOT_FOUND: 'File not found: {{file}}',
    FILE_UNREADABLE: 'Unreadable file: {{file}} ({{detail}})',
    FEED_MALFORMED: 'This RSS/Atom feed cannot be read: {{url}}',
    DUPLICATE: 'Already in the archive: “{{title}}”',
    REVIEW_EXISTS: 'A review already exists for {{date}} ({{edition}}).',
    EXPORT_FAILED: 'The export failed: {{detail}}',
    CHROMIUM_NOT_FOUND:
      'Chromium was not found ({{path}}). Install it or set its path in the settings or REVUE_CHROMIUM.',
    FILE_EXISTS: '{{file}} already exists.',
    SMTP_NOT_CONFIGURED:
      'No mail server is set: enter it in the sending settings (Send… › Sending settings) or in REVUE_SMTP_URL (e.g. smtp://user:password@server:587).',
    SMTP_PASSWORD_MISSING: 'The mail password for {{user}} is missing: enter it in the sending settings or in REVUE_SMTP_URL.',
    SMTP_UNREACHABLE: 'The mail server {{host}}:{{port}} cannot be reached ({{detail}}). Check the address, the port and the connection.',
    SMTP_TLS:
      'Could not open an encrypted connection to {{host}}: {{detail}}. Nothing was sent. If you know this server’s certificate is safe, allow it explicitly in the sending settings.',
    SMTP_AUTH: 'The server {{host}} refused the user name or password of {{user}} ({{detail}}).',
    SMTP_TOO_LARGE: 'The message is too large for the server: {{size}} MB where {{limit}} MB is the most. Send it without the DOCX (or without attachments).',
    SMTP_REFUSED: 'The server refused the message: {{detail}}',
    SEND_ALREADY_SENT: 'This review was already sent {{when}}. Confirm to send it again.',
    REVIEW_EMPTY: 'The review has no item. Confirm to send it all the same.',
    ADDRESS_INVALID: 'Invalid e-mail address: “{{address}}”.',
    NO_RECIPIENTS: 'No recipient: choose a list or type an address.',
    TOPIC_QUERY_EMPTY: 'The search “{{query}}” looks for nothing: give at least one word that is not an exclusion.',
    TOPIC_EXISTS: 'A topic is already called “{{name}}”.',
    PUBLICATION_NAME_TAKEN: 'The name “{{name}}” already stands for “{{other}}”: merge the two publications instead.',
    PUBLICATION_DOMAIN_TAKEN: 'The domain {{domain}} already belongs to “{{other}}”.',
    SELECTOR_INVALID: 'Invalid CSS selector: {{selector}}',
    ORIGINAL_NOT_KEPT:
      'The original page of “{{title}}” is not kept (pasted text, or imported before Revue kept pages): import it again to extract it again.',
    SOURCE_NO_FEED:
      'No feed at this address: it is not an RSS, Atom or JSON Feed, and the page announces none. For a page without a feed, give the CSS selector of its article links: {{url}}',
    SOURCE_EXISTS: 'This source is already followed: “{{name}}” ({{url}})',
    SELECTOR_NO_LINKS: 'The selector “{{selector}}” finds no article link in {{url}}',
    OPML_INVALID: 'This file is not a readable OPML: {{detail}}',
    OPML_EMPTY: 'This OPML file holds no feed.',
    REFRESH_BUSY: 'A refresh is already running on this archive (process {{pid}} on {{host}}); try again when it is over.',
  },
};

const KIND_NAMES: Record<Lang, Record<NotFoundKind, string>> = {
  fr: {
    article: 'article',
    review: 'revue',
    section: 'rubrique',
    item: 'élément de revue',
    highlight: 'surlignage',
    feed: 'flux',
    topic: 'sujet',
    publication: 'publication',
    list: 'liste de destinataires',
    send: 'envoi',
  },
  en: {
    article: 'article',
    review: 'review',
    section: 'section',
    item: 'review item',
    highlight: 'highlight',
    feed: 'feed',
    topic: 'topic',
    publication: 'publication',
    list: 'recipient list',
    send: 'send',
  },
};

const QUOTES: Record<Lang, [string, string]> = { fr: ['«\u00A0', '\u00A0»'], en: ['“', '”'] };

/** A parameter as the message shows it: a NOT_FOUND kind in the language, a name (not a number) quoted. */
function paramText(code: ErrorCode, key: string, value: string | number, lang: Lang): string {
  if (code !== 'NOT_FOUND' || typeof value === 'number' || /^\d+$/.test(value)) return String(value);
  if (key === 'kind') return Object.hasOwn(KIND_NAMES[lang], value) ? KIND_NAMES[lang][value as NotFoundKind] : value;
  const [open, close] = QUOTES[lang];
  return key === 'id' ? `${open}${value}${close}` : value;
}

/** The user-facing message of an error code in a language, with its parameters filled in. */
export function formatErrorMessage(code: ErrorCode, params: ErrorParams, lang: Lang): string {
  const template = ERROR_MESSAGES[lang][code];
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = params[key];
    return value === undefined ? '…' : paramText(code, key, value, lang);
  });
}
