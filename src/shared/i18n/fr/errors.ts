import type { ContentKind, ErrorCode, NotFoundKind } from '../../errors.js';

/** The message of each error code, {{name}} standing for its parameters. */
export const errorCodesFr = {
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
  FETCH_NETWORK: 'Connexion impossible avec le site\u00A0: {{url}}',
  FETCH_REFUSED: 'Le site refuse la connexion (serveur arrêté ou mauvais port)\u00A0: {{url}}',
  FETCH_RESET: 'Le site a coupé la connexion avant d’avoir tout envoyé\u00A0; réessayez plus tard\u00A0: {{url}}',
  FETCH_UNREACHABLE: 'Site injoignable (vérifiez la connexion à Internet)\u00A0: {{url}}',
  FETCH_TLS: 'Connexion sécurisée impossible\u00A0: le certificat du site n’est pas valide\u00A0: {{url}}',
  FETCH_BAD_PORT: 'Cette adresse utilise un port réservé à d’autres usages que le web (les navigateurs la refusent aussi)\u00A0: {{url}}',
  FETCH_HTTP_STATUS: 'Le site a répondu {{status}}\u00A0: {{url}}',
  FETCH_TOO_MANY_REDIRECTS: 'Trop de redirections (plus de {{max}})\u00A0: {{url}}',
  FETCH_TOO_LARGE: 'Page trop volumineuse (plus de {{maxMB}} Mo)\u00A0: {{url}}',
  NOT_HTML: 'Ce n’est pas une page HTML, mais {{type}}\u00A0: {{input}}',
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
  ARCHIVE_UPDATING: 'L’archive est en cours de mise à jour ({{percent}}\u00A0%)\u202F; elle sera prête dans un moment.',
  REFRESH_BUSY:
    'Une actualisation est déjà en cours sur cette archive (processus {{pid}} sur {{host}}) ; réessayez quand elle sera finie.',
  PUBLICATION_NAME_INVALID: '«\u00A0{{name}}\u00A0» n’est pas un nom de publication.',
  DOMAIN_INVALID: '«\u00A0{{domain}}\u00A0» n’est pas un nom de domaine.',
  PUBLICATION_OWN_EDITION: 'Une publication ne peut pas être sa propre édition.',
  PUBLICATION_SELF_MERGE: 'Une publication ne se fusionne pas avec elle-même.',
  PUBLICATION_ALIAS_IS_NAME: '«\u00A0{{name}}\u00A0» est le nom de la publication\u00A0: renommez-la plutôt.',
  FEED_HAS_NO_LINKS: 'Un flux n’a pas de sélecteur de liens (seule une page sans flux en a un).',
  FEED_CHOICE_INVALID: 'La page annonce {{count}}\u00A0flux\u00A0: il n’y a pas de flux n°\u00A0{{choice}}.',
  SMTP_URL_INVALID: 'REVUE_SMTP_URL n’est pas une adresse d’envoi lisible\u00A0: smtp://utilisateur:motdepasse@serveur:587 (ou smtps://…) attendu.',
  SEND_IN_PROGRESS: 'Cet envoi est en cours.',
  SITE_RULE_EMPTY: 'Une règle de site donne le corps de l’article, des parties à retirer, ou les deux.',
  KEYCHAIN_UNAVAILABLE: 'Le trousseau du système est indisponible\u00A0: le mot de passe d’envoi ne peut pas y être gardé. Utilisez REVUE_SMTP_URL.',
} satisfies Record<ErrorCode, string>;

/** What a NOT_FOUND error names, as the message says it. */
export const notFoundKindsFr = {
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
  source: 'source',
  siteRule: 'règle de site',
  alias: 'alias de publication',
} satisfies Record<NotFoundKind, string>;

/** What NOT_HTML says was found instead of a page, by kind of content (never a media type). */
export const contentKindsFr = {
  pdf: 'un document PDF',
  image: 'une image',
  text: 'du texte brut',
  feed: 'un flux RSS ou Atom (suivez-le comme source)',
  json: 'des données JSON',
  xml: 'un document XML',
  webArchive: 'une archive web sans page HTML',
  office: 'un document bureautique',
  binary: 'un fichier d’un autre type',
} satisfies Record<ContentKind, string>;

export type ContentKindNames = Record<ContentKind, string>;
export type ErrorCodeMessages = Record<ErrorCode, string>;
export type NotFoundKindNames = Record<NotFoundKind, string>;
