import type { ErrorParams, SerializedError } from './errors.js';
import type {
  FeedFormat,
  HighlightColor,
  ImportStatus,
  LogoMimeType,
  PublicationType,
  ReviewLayout,
  SourceKind,
  SourceStatus,
  TextDirection,
  UiLanguage,
  Workspace,
} from './vocabulary.js';

// The domain's types, in one place: this module, with the enumerations of vocabulary.ts and the
// sending types of send.ts re-exported, so that every type of the domain is imported from here.
export type * from './send.js';
export type {
  DocumentFormat,
  ExportFormat,
  FeedFormat,
  HighlightColor,
  ImportStatus,
  LogoMimeType,
  PasswordStorage,
  PublicationType,
  ReviewLayout,
  SearchSort,
  SendResult,
  SmtpSecurity,
  SourceKind,
  SourceStatus,
  TextDirection,
  TriageDecision,
  UiLanguage,
  Workspace,
} from './vocabulary.js';
export { PUBLICATION_TYPES } from './vocabulary.js';

/** A calendar day, YYYY-MM-DD. */
export type IsoDate = string;

/**
 * What extraction makes of one page: the article and nothing else of the page.
 * Unknown fields are null, never empty strings.
 */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** The publication that wrote the article (for aggregator pages: the original one). */
  siteName: string | null;
  /** ISO 8601: a calendar date (YYYY-MM-DD) or a date-time with offset. */
  publishedTime: string | null;
  /** Primary language subtag: fr, ar, en… */
  lang: string | null;
  dir: TextDirection | null;
  /** Body as plain text, paragraphs separated by one blank line. */
  text: string;
  /** Body as sanitised HTML (no script, no handlers, no remote loads). */
  html: string;
  /** Link to the original article (canonical, or the aggregator's "source" link). */
  url: string | null;
}

/** The article read from one page (a file or a URL) by `revue extract`, without its HTML. */
export type ExtractedFields = { input: string } & Omit<ExtractedArticle, 'html'>;
/** One page's extraction: its article, or why there is none (a code the caller says in its language). */
export type Extraction = ExtractedFields | { input: string; error: SerializedError };
/** One line of `revue extract` (the CLI contract other tools depend on): the article, or why there is none in the CLI's language. */
export type ExtractLine = ExtractedFields | { input: string; error: string };

export interface ReviewSection {
  id: number;
  name: string;
  position: number;
}

export interface ReviewItem {
  id: number;
  sectionId: number;
  articleId: number;
  position: number;
  headline: string;
  /** The chapeau printed: the article's own while summaryFromArticle, else the one written in the item. */
  summary: string;
  /** The item follows its article's chapeau (until the editor edits it in the item). */
  summaryFromArticle: boolean;
  comment: string;
  /** Highlights of the article chosen as quotes, in order. */
  quoteIds: number[];
}

/** What an item shows of its article: the credit line, the link, the direction, the story. */
export type ReviewItemArticle = Pick<ArticleSummary, 'id' | 'title' | 'siteName' | 'byline' | 'publishedTime' | 'lang' | 'dir' | 'url' | 'alsoIn'> & {
  deleted: boolean;
};

export interface Review {
  id: number;
  date: IsoDate;
  /** Empty for the day's main edition; "matin", "soir"… for the others. */
  edition: string;
  title: string;
  intro: string;
  layout: ReviewLayout;
  createdAt: string;
  updatedAt: string;
  sections: ReviewSection[];
  items: ReviewItem[];
  /** The articles of the items, by article id. */
  articles: Record<number, ReviewItemArticle>;
  /** The chosen quotes, by highlight id. */
  quotes: Record<number, { id: number; exact: string; note: string }>;
  canUndo: boolean;
  canRedo: boolean;
}

/** One story among the day's candidates: the same text from one or several outlets. */
export interface CandidateStory {
  /** The article shown for the story (the earliest imported). */
  lead: ArticleSummary;
  /** Every article of the story not yet in this review, lead included. */
  articleIds: number[];
  outlets: string[];
  /** The latest earlier review that already used this story, if any. */
  earlierReview: { date: IsoDate; edition: string } | null;
  /** Retained in the inbox for this review's day. */
  retained: boolean;
  /** The section it goes to: the one of the topic it was retained under, if that topic has one. */
  section: string | null;
}

/** An article and the reviews that print it: what deleting it would touch. */
export interface ArticleInReviews {
  articleId: number;
  title: string;
  reviews: { date: IsoDate; edition: string; title: string }[];
}

export interface ReviewSummary {
  id: number;
  date: IsoDate;
  edition: string;
  title: string;
  itemCount: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: TextDirection | null;
  url: string | null;
  importedAt: string;
  /** Other outlets carrying the same story (near-identical text). */
  alsoIn: string[];
  tags: string[];
  /** The watch topics labelling it, by name. */
  topics: TopicLabel[];
  /** Dates (YYYY-MM-DD) of the reviews that already use this article. */
  inReviews: IsoDate[];
}

export interface Article extends ArticleSummary {
  text: string;
  html: string;
  summary: string;
  comment: string;
}

/** A search hit: the article and a snippet of its text with the matches wrapped in «mark» tags. */
export interface SearchHit extends ArticleSummary {
  /** HTML-escaped text with <mark>…</mark> around matched words; null without a query. */
  snippet: string | null;
}

export interface SearchResult {
  /** Exact when `totalExact`; otherwise a lower bound ("more than 10,000" found, "more than 100,000" browsed), counted exactly on request. */
  total: number;
  totalExact: boolean;
  hits: SearchHit[];
}

export interface Facet {
  value: string;
  count: number;
}

export interface Facets {
  sources: Facet[];
  langs: Facet[];
  tags: Facet[];
}

/** A highlighted passage, anchored like a W3C TextQuoteSelector: the quote and its context. */
export interface Highlight {
  id: number;
  articleId: number;
  exact: string;
  prefix: string;
  suffix: string;
  color: HighlightColor;
  note: string;
  createdAt: string;
}

/** A small image for the export's cover, as the user chose it. */
export interface Logo {
  dataBase64: string;
  mimeType: LogoMimeType;
  width: number;
  height: number;
}

export interface Settings {
  uiLanguage: UiLanguage;
  organisation: string;
  /** Printed on the export's cover when set: "Diffusion interne — reproduction interdite". */
  distributionNotice: string;
  /** Printed at the foot of the cover when set: "© Agence Maghreb Presse 2025". */
  copyright: string;
  defaultSections: string[];
  logo: Logo | null;
  /** Chromium used for PDF exports outside Electron; empty for REVUE_CHROMIUM or /usr/bin/chromium. */
  chromiumPath: string;
  /** Where the last export was saved (the app's save dialog opens there). */
  lastExportFolder: string;
  /** Dismissed articles that nothing keeps are purged this many days after their dismissal. */
  retentionDays: number;
  /** The daily backups beside the archive take at most this many gigabytes in all (the newest always stays). */
  backupCapGb: number;
  /** How the window is laid out: reading (the reader wide) or composing (the review wide). */
  workspace: Workspace;
  /** The section the editor last added articles to from the library (offered first next time). */
  lastAddSection: string;
}

/** The size cap of the daily backups, in gigabytes: its default and the range the settings accept. */
export const BACKUP_CAP_GB = { default: 20, min: 1, max: 10_000 } as const;

/** An outlet of the registry: the name articles are credited under, and what else points to it. */
export interface Publication {
  id: number;
  name: string;
  type: PublicationType;
  lang: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  /** The publication this one is an edition of (Hespress FR of Hespress), or null. */
  editionOf: { id: number; name: string } | null;
  /** Other names it is known by (the canonical name excluded), sorted. */
  aliases: string[];
  /** Hosts, or host/path for an edition under a path, sorted. */
  domains: string[];
  /** Live articles credited to it. */
  articleCount: number;
}

/** The editor's extraction rule for one site (as Miniflux's scraper rules): CSS selectors. */
export interface SiteRule {
  /** A host ("lemonde.fr", its subdomains too) or host/path. */
  domain: string;
  /** The article's body; null: extraction finds it. */
  body: string | null;
  /** Parts of the page that are never the article. */
  remove: string[];
  updatedAt: string;
}

/** A block of an article's original page the editor can choose as its body, with the selector that names it. */
export interface PageBlock {
  selector: string;
  /** The block's first words. */
  excerpt: string;
  /** Letters and digits in the block: how much text it holds. */
  size: number;
}

/** A site rule tried on an article's kept page, before it is saved. */
export interface SiteRulePreview {
  /** The host of the page (what a rule for it would be saved under); null for a file. */
  domain: string | null;
  /** The article's text under the rule. */
  text: string;
  /** Elements the body selector matches (null without one): 0 means extraction ignores it. */
  matched: number | null;
  /** The page's blocks, largest first, to choose the body or a part to remove from. */
  blocks: PageBlock[];
}

/** What a re-extraction did to an article's highlights. */
export interface ReextractResult {
  article: Article;
  /** Highlights found again in the new text (their context updated). */
  kept: number;
  /** Highlights whose quote is no longer in the text: kept, listed for the editor. */
  unanchored: { id: number; exact: string }[];
}

export type ImportOutcome =
  | { input: string; status: Exclude<ImportStatus, 'failed'>; article: ArticleSummary }
  /** A failure: its code and parameters (to say it in any language) and its French message. */
  | { input: string; status: Extract<ImportStatus, 'failed'>; code: string; message: string; params: ErrorParams };

/** A watch topic: a saved search that labels the articles matching it, at import and over the archive. */
export interface Topic {
  id: number;
  name: string;
  /** In the search syntax: words, "phrases", -exclusions, prefixes*. */
  query: string;
  /** #rrggbb. */
  color: string;
  /** The review section its retained articles go to ("Économie"), or null. */
  section: string | null;
  /** New articles it labels: imported since the inbox's start and not yet triaged. */
  count: number;
  /** Live articles it labels in the whole archive. */
  total: number;
}

/** How far the opening of the archive has gone: an older archive is updated (reindexed) first. */
export interface ArchiveStatus {
  ready: boolean;
  /** The update under way: articles done of the step's total; null when none is (or not yet reported). */
  update: { task: 'searchIndex'; done: number; total: number; percent: number } | null;
}

/** A relabel under way after a topic's query changed: label writes done, of how many. */
export interface RelabelProgress {
  topicId: number;
  done: number;
  total: number;
  /** 0 to 100, rounded down. */
  percent: number;
}

/** A topic as a label on an article row: its name in its colour. */
export interface TopicLabel {
  id: number;
  name: string;
  color: string;
}

/** An article as the inbox lists it. */
export type InboxArticle = Pick<ArticleSummary, 'id' | 'title' | 'siteName' | 'publishedTime' | 'url' | 'importedAt' | 'lang' | 'dir'>;

/** One story of the inbox: its articles (the same text from one or several outlets), newest first. */
export interface InboxStory {
  articles: InboxArticle[];
  /** The topics labelling any of its articles, by id. */
  topicIds: number[];
}

export interface InboxTopicGroup {
  topic: Topic;
  stories: InboxStory[];
}

/** What arrived since the last review: untriaged stories grouped by topic, then those no topic labels. */
export interface Inbox {
  /** The moment (ISO) from which imports count as new. */
  since: string;
  /** The review whose creation that is (the last one before today), if the inbox starts from one. */
  sinceReview: { date: IsoDate; edition: string } | null;
  topics: InboxTopicGroup[];
  untopical: InboxStory[];
  /** How many untriaged new articles each outlet brought, most first. */
  sources: Facet[];
  /** How many articles are new in all, and how many of them were already triaged. */
  total: number;
  triaged: number;
}

/** What a purge removes (or would remove): dismissed articles past the retention period that nothing keeps. */
export interface PurgeReport {
  dryRun: boolean;
  retentionDays: number;
  /** Dismissed before this moment (ISO) counts as old enough. */
  dismissedBefore: string;
  articles: { id: number; title: string; siteName: string | null; publishedTime: string | null; url: string | null; dismissedAt: string }[];
}

/** Consecutive failures after which a source is shown as broken. */
export const BROKEN_AFTER_FAILURES = 10;

/** Refresh interval of a new source, in minutes. */
export const DEFAULT_REFRESH_MINUTES = 30;

/** A followed source as the Sources screen and `revue sources list` show it. */
export interface Source {
  id: number;
  name: string;
  /** The feed's address, or the page's for a page source. */
  url: string;
  kind: SourceKind;
  /** The registry's publication its articles are credited to, when the editor chose one. */
  publicationId: number | null;
  /** That publication's name. */
  publication: string | null;
  lang: string | null;
  /** Refresh interval in minutes. */
  every: number;
  enabled: boolean;
  /** CSS selector of the article links (page sources only). */
  linkSelector: string | null;
  lastCheckedAt: string | null;
  lastNewAt: string | null;
  nextCheckAt: string | null;
  status: SourceStatus;
  /** Failures in a row; the first one's time while failing. */
  failures: number;
  failingSince: string | null;
  /** The last failure, as a code and parameters the UI renders in its language. */
  error: SerializedError | null;
  /** Articles imported from this source. */
  itemCount: number;
}

/** A feed announced by a page's <link rel="alternate">. */
export interface FeedCandidate {
  url: string;
  title: string | null;
  format: FeedFormat;
}

/** What a source would bring, shown before it is saved. */
export interface SourcePreview {
  /** The address that would be followed: the feed (given or discovered) or the page. */
  url: string;
  kind: SourceKind;
  title: string | null;
  /** Feeds the given page announces, in its order; the preview shows the chosen one. Empty when the URL was the feed itself. */
  candidates: FeedCandidate[];
  /** The first items (title and link) the source holds now. */
  items: { title: string | null; url: string | null; publishedTime: string | null }[];
}

/** One source's part in a refresh. */
export interface SourceRefresh {
  id: number;
  name: string;
  /** Articles imported that the archive did not have. */
  new: number;
  /** True when the source answered 304 or holds nothing new. */
  unchanged: boolean;
  /** True when the source itself could not be read (its items' failures are in itemFailures). */
  failed: boolean;
  error: SerializedError | null;
  /** Items that could not be imported this time (tried again next refresh). */
  itemFailures: number;
}

export interface RefreshReport {
  sources: SourceRefresh[];
  new: number;
  durationMs: number;
}

/** What the quiet indicator shows: a refresh under way here or elsewhere, and the last one's news. */
export interface RefreshStatus {
  running: boolean;
  done: number;
  total: number;
  /** Articles imported by the refresh under way (or the last one). */
  newArticles: number;
  lastFinishedAt: string | null;
  /** Another process (the app, a cron job) holds the archive's refresh. */
  elsewhere: { pid: number; host: string } | null;
}

export interface OpmlImportResult {
  added: Source[];
  existing: { url: string; name: string | null }[];
  failed: { url: string; name: string | null; error: SerializedError }[];
}
