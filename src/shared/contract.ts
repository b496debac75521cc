import { z } from 'zod';
import type {
  ArticleInReviews,
  Article,
  CandidateStory,
  Facet,
  Facets,
  FeedCandidate,
  Highlight,
  Inbox,
  PurgeReport,
  OpmlImportResult,
  RefreshReport,
  RefreshStatus,
  SearchResult,
  ImportOutcome,
  Publication,
  ReextractResult,
  SiteRule,
  SiteRulePreview,
  Review,
  ReviewSummary,
  Settings,
  RelabelProgress,
  Topic,
  Source,
  SourcePreview,
  RecipientList,
  SendLogEntry,
  SendPlan,
  SmtpSettingsView,
} from './domain.js';
import type { SerializedError } from './errors.js';
import { isIsoDate } from './calendarDay.js';
import {
  documentFormatSchema,
  editionSchema,
  exportFormatSchema,
  highlightColorSchema,
  logoMimeTypeSchema,
  publicationTypeSchema,
  reviewLayoutSchema,
  searchSortSchema,
  smtpSecuritySchema,
  triageDecisionSchema,
  uiLanguageSchema,
  workspaceSchema,
} from './vocabulary.js';
import { BACKUP_CAP_GB } from './domain.js';
import { topicColor } from './topicColors.js';

const isoDate = z.string().refine(isIsoDate, { message: 'expected a date YYYY-MM-DD' });
const edition = editionSchema.default('');
const id = z.number().int().positive();
const uiLanguage = uiLanguageSchema;
const attachFormats = z.array(documentFormatSchema).max(2);
/** What a review is saved as, whatever the way out (download, save dialog, file named by the CLI). */
const exportFields = {
  /** eml: the e-mail draft (X-Unsent); html: the standalone web page. */
  format: exportFormatSchema,
  layout: reviewLayoutSchema.optional(),
  lang: uiLanguageSchema,
  /** For eml: the documents attached to the draft. */
  attach: attachFormats.optional(),
  /** For eml and html: print the internal comments (left out by default). */
  includeComments: z.boolean().optional(),
};
const exportInput = z.object({ reviewId: z.number().int().positive(), ...exportFields }).strict();
/** A list's name or an address, as typed: the service resolves and validates each with a message. */
const recipientsInput = z.array(z.string().trim().min(1).max(320)).min(1).max(50);
const listName = z.string().trim().min(1).max(100);
const publicationName = z.string().trim().min(1).max(200);
const publicationFields = {
  type: publicationTypeSchema.optional(),
  lang: z.union([z.string().regex(/^[a-z]{2,3}$/), z.null()]).optional(),
  country: z.union([z.string().regex(/^[A-Z]{2}$/), z.null()]).optional(),
  /** The publication this one is an edition of; null: none. */
  editionOf: z.union([id, z.null()]).optional(),
};
const selector = z.string().trim().max(500);
const siteRuleSelectors = {
  /** The article's body; null or empty: extraction finds it. */
  body: z.union([selector, z.null()]).default(null),
  remove: z.array(selector).max(30).default([]),
};
const tagName = z.string().trim().min(1).max(100);
const sectionName = z.string().trim().min(1).max(100);
const highlightColor = highlightColorSchema;
/** An editable metadata field: a string, or null to say "unknown". */
const nullableText = (max: number) => z.union([z.string().trim().min(1).max(max), z.null()]).optional();
/** What a search looks for: the query and the filters (the library list, counts, date jumps). */
const searchScope = {
  query: z.string().max(500).default(''),
  /** Searching as the user types: the last word counts as a prefix. */
  asYouType: z.boolean().default(false),
  from: isoDate.optional(),
  to: isoDate.optional(),
  source: z.string().max(200).optional(),
  lang: z.string().max(10).optional(),
  tag: z.string().max(100).optional(),
  unused: z.boolean().default(false),
};
const topicName = z.string().trim().min(1).max(100);
const topicQuery = z.string().trim().min(1).max(500);
/** A palette name (green) or #rrggbb, stored as #rrggbb. */
const topicColorInput = z
  .string()
  .trim()
  .max(30)
  .refine((value) => topicColor(value) !== null, { message: 'expected a colour: #rrggbb or red, orange, yellow, green, teal, blue, purple, pink, grey' })
  .transform((value) => topicColor(value) ?? value);
/** Days a dismissed article is kept before the purge. */
const retentionDays = z.number().int().min(1).max(3650);
const refreshMinutes = z.number().int().min(5).max(7 * 24 * 60);
const sourceLang = z.string().regex(/^[a-z]{2,3}$/);
const sourceRequest = z
  .object({
    url: z.string().trim().min(1).max(4096),
    /** CSS selector of the article links of a page without a feed. */
    links: z.string().trim().min(1).max(500).optional(),
    /** Which of the feeds a page announces (0-based), the first by default. */
    feed: z.number().int().min(0).max(100).optional(),
  })
  .strict();
/** 60 MB of base64 is about 45 MB of file: past the page size cap, so the cap is what answers. */
const MAX_BASE64 = 60 * 1024 * 1024;

/**
 * The API contract: every method with the schema of its input. The transports (IPC, HTTP)
 * validate raw input against these schemas before any service sees it.
 */
export const inputSchemas = {
  'settings.get': z.object({}).strict(),
  'settings.update': z
    .object({
      uiLanguage: uiLanguage.optional(),
      organisation: z.string().trim().max(200).optional(),
      distributionNotice: z.string().trim().max(300).optional(),
      copyright: z.string().trim().max(300).optional(),
      defaultSections: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
      logo: z
        .union([
          z
            .object({
              // About 1.5 MB of image: a logo, not a photograph.
              dataBase64: z.string().min(1).max(2_000_000),
              mimeType: logoMimeTypeSchema,
              width: z.number().int().min(1).max(10_000),
              height: z.number().int().min(1).max(10_000),
            })
            .strict(),
          z.null(),
        ])
        .optional(),
      chromiumPath: z.string().trim().max(1000).optional(),
      retentionDays: retentionDays.optional(),
      backupCapGb: z.number().int().min(BACKUP_CAP_GB.min).max(BACKUP_CAP_GB.max).optional(),
      workspace: workspaceSchema.optional(),
      lastAddSection: z.string().trim().max(100).optional(),
    })
    .strict(),
  'reviews.create': z
    .object({
      date: isoDate,
      edition,
      title: z.string().trim().min(1).max(300).optional(),
      lang: uiLanguage,
      /** "Start from yesterday's structure": copy that review's sections, not its items. */
      copySectionsFrom: z.object({ date: isoDate, edition }).strict().optional(),
    })
    .strict(),
  'reviews.update': z
    .object({
      id,
      title: z.string().trim().min(1).max(300).optional(),
      intro: z.string().max(50_000).optional(),
      layout: reviewLayoutSchema.optional(),
    })
    .strict(),
  'reviews.previous': z.object({ date: isoDate, edition }).strict(),
  /** The review's candidate stories, retained first then newest, at most `limit` of `total`. */
  'reviews.candidates': z.object({ reviewId: id, limit: z.number().int().min(1).max(2000).default(500) }).strict(),
  'reviews.undo': z.object({ reviewId: id }).strict(),
  'reviews.redo': z.object({ reviewId: id }).strict(),
  /**
   * The export's HTML page. `embedFonts: false` leaves the @font-face rules out (the page is then
   * not self-contained): the on-screen preview declares them once from 'reviews.fontFaces'.
   */
  'reviews.renderHtml': z.object({ reviewId: id, lang: uiLanguage, embedFonts: z.boolean().default(true) }).strict(),
  /** The export's @font-face rules, fonts inlined: the same for every review, asked once per session. */
  'reviews.fontFaces': z.object({}).strict(),
  /** The export's bytes, for the browser mode to download. */
  'reviews.export': exportInput,
  /** The app's save dialog, then an atomic write: only in the desktop app (see DESKTOP_METHODS). */
  'reviews.exportToFile': exportInput,
  /** The review of a day written to a file (the CLI): in-process only. */
  'reviews.exportTo': z
    .object({ date: isoDate, edition, ...exportFields, path: z.string().min(1).max(4096), overwrite: z.boolean().default(false) })
    .strict(),
  'sections.add': z.object({ reviewId: id, name: sectionName, position: z.number().int().min(0).optional() }).strict(),
  'sections.rename': z.object({ id, name: sectionName }).strict(),
  'sections.move': z.object({ id, position: z.number().int().min(0) }).strict(),
  /** Removing a section says where its items go: another section, or nowhere (removed too). */
  'sections.remove': z.object({ id, moveItemsTo: z.union([id, z.null()]) }).strict(),
  'items.move': z.object({ id, sectionId: id, position: z.number().int().min(0) }).strict(),
  'items.remove': z.object({ id }).strict(),
  'items.update': z
    .object({
      id,
      headline: z.string().trim().min(1).max(1000).optional(),
      summary: z.string().max(20_000).optional(),
      /** Go back to following the article's chapeau ("reprendre celui de l'article"). */
      summaryFromArticle: z.literal(true).optional(),
      comment: z.string().max(20_000).optional(),
      quoteIds: z.array(id).max(50).optional(),
    })
    .strict(),
  /** Items without a chapeau get their article's opening paragraph (before an export). */
  'items.fillSummaries': z.object({ reviewId: id }).strict(),
  'reviews.get': z.object({ date: isoDate, edition }).strict(),
  'reviews.list': z.object({}).strict(),
  'articles.get': z.object({ id }).strict(),
  'articles.search': z
    .object({
      ...searchScope,
      sort: searchSortSchema.default('date'),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
      /** Count every match (past 10,000 found, or 100,000 browsed, the count is otherwise a lower bound). */
      exactCount: z.boolean().default(false),
    })
    .strict(),
  /** Where the articles of a day begin in the newest-first list of a search: to jump to a date. */
  'articles.dayOffset': z.object({ ...searchScope, day: isoDate }).strict(),
  'articles.facets': z.object({}).strict(),
  'articles.update': z
    .object({
      id,
      title: z.string().trim().min(1).max(1000).optional(),
      siteName: nullableText(200),
      byline: nullableText(300),
      publishedTime: z.union([isoDate, z.iso.datetime({ offset: true }), z.null()]).optional(),
      lang: z.union([z.string().regex(/^[a-z]{2,3}$/), z.null()]).optional(),
      summary: z.string().max(20_000).optional(),
      comment: z.string().max(20_000).optional(),
    })
    .strict(),
  'articles.delete': z.object({ ids: z.array(id).min(1).max(10_000) }).strict(),
  /** Which of these articles are in reviews, and which: asked before deleting them. */
  'articles.usage': z.object({ ids: z.array(id).min(1).max(10_000) }).strict(),
  'articles.restore': z.object({ ids: z.array(id).min(1).max(10_000) }).strict(),
  'articles.setTags': z.object({ id, tags: z.array(tagName).max(50) }).strict(),
  'articles.addTag': z.object({ ids: z.array(id).min(1).max(10_000), tag: tagName }).strict(),
  'tags.list': z.object({ prefix: z.string().max(100).default('') }).strict(),
  'highlights.list': z.object({ articleId: id }).strict(),
  'highlights.create': z
    .object({
      articleId: id,
      exact: z.string().min(1).max(20_000),
      prefix: z.string().max(200).default(''),
      suffix: z.string().max(200).default(''),
      color: highlightColor.default('yellow'),
      note: z.string().max(5000).default(''),
    })
    .strict(),
  'highlights.update': z.object({ id, color: highlightColor.optional(), note: z.string().max(5000).optional() }).strict(),
  'highlights.delete': z.object({ id }).strict(),
  'reviews.addItems': z
    .object({
      date: isoDate,
      edition,
      articleIds: z.array(id).min(1).max(500),
      sectionId: id.optional(),
      /** Where in the section (0 = first); at the end when absent. */
      position: z.number().int().min(0).optional(),
      /** Instead of sectionId: the review's section of this name (any case), made at the end when missing. */
      sectionName: sectionName.optional(),
      lang: uiLanguage,
    })
    .strict(),
  /** URLs and file paths on this machine (the CLI): in-process only, a page must not read the disk. */
  'import.paths': z.object({ inputs: z.array(z.string().trim().min(1).max(4096)).min(1).max(10_000) }).strict(),
  'import.urls': z.object({ urls: z.array(z.string().trim().min(1).max(4096)).min(1).max(500) }).strict(),
  'import.files': z
    .object({
      files: z
        .array(z.object({ name: z.string().min(1).max(500), dataBase64: z.string().max(MAX_BASE64) }).strict())
        .min(1)
        .max(200),
    })
    .strict(),
  'import.text': z.object({ text: z.string().trim().min(1).max(2_000_000), url: z.string().max(4096).optional() }).strict(),
  /** SQLite's online backup of the open archive to a file: in-process only. */
  'archive.backup': z.object({ path: z.string().min(1).max(4096), overwrite: z.boolean().default(false) }).strict(),
  /** Today's backup in backups/ beside the archive, if not made yet, and the rotation: in-process only. */
  'archive.dailyBackup': z.object({}).strict(),
  /** What importing a pasted text would make of it (title, source, date), saving nothing. */
  'import.previewText': z.object({ text: z.string().trim().min(1).max(2_000_000), url: z.string().max(4096).optional() }).strict(),
  'smtp.get': z.object({}).strict(),
  'smtp.update': z
    .object({
      host: z.string().trim().min(1).max(255),
      port: z.number().int().min(1).max(65535),
      security: smtpSecuritySchema,
      username: z.string().trim().max(320).default(''),
      from: z.string().trim().min(3).max(400),
      replyTo: z.string().trim().max(400).default(''),
      /** Only for this host: changing the host withdraws it unless given again. */
      allowInvalidCertificate: z.boolean().default(false),
      maxRecipientsPerMessage: z.number().int().min(1).max(1000).default(50),
      /** A new password; null forgets it; absent keeps the one stored. */
      password: z.union([z.string().min(1).max(1000), z.null()]).optional(),
    })
    .strict(),
  /** A short message through the settings in force, to the sender's own address unless `to` is given. */
  'smtp.test': z.object({ to: z.string().trim().min(3).max(320).optional(), lang: uiLanguage }).strict(),
  'lists.list': z.object({}).strict(),
  /** Creates or replaces a list; every address is checked and a wrong one refused by name. */
  'lists.save': z.object({ name: listName, addresses: z.array(z.string().trim().max(320)).min(1).max(2000) }).strict(),
  'lists.remove': z.object({ name: listName }).strict(),
  /** The e-mail as it will be read: the preview shows it in a 600 px frame (logo inlined). */
  'send.preview': z.object({ reviewId: id, lang: uiLanguage, includeComments: z.boolean().default(false) }).strict(),
  /** Who a send would reach, and what to warn about, for the confirmation. */
  'send.plan': z.object({ reviewId: id, to: recipientsInput }).strict(),
  'send.send': z
    .object({
      reviewId: id,
      lang: uiLanguage,
      to: recipientsInput,
      attach: attachFormats.default([]),
      includeComments: z.boolean().default(false),
      /** The editor confirmed a second send of a review already sent. */
      confirmResend: z.boolean().default(false),
      /** The editor confirmed sending a review without any item. */
      allowEmpty: z.boolean().default(false),
    })
    .strict(),
  /** Sends the same message again, only to the recipients of that send who were refused or not reached. */
  'send.retry': z.object({ logId: id }).strict(),
  'send.log': z.object({ reviewId: id }).strict(),
  'topics.list': z.object({}).strict(),
  'topics.create': z
    .object({ name: topicName, query: topicQuery, color: topicColorInput.optional(), section: z.union([sectionName, z.null()]).optional() })
    .strict(),
  /** A changed query relabels the archive (in chunks, in the background of the event loop) before answering. */
  'topics.update': z
    .object({
      id,
      name: topicName.optional(),
      query: topicQuery.optional(),
      color: topicColorInput.optional(),
      section: z.union([sectionName, z.null()]).optional(),
    })
    .strict(),
  'topics.remove': z.object({ id }).strict(),
  /** The relabels under way (after a query changed), with their progress: polled while topics.update runs. */
  'topics.relabelProgress': z.object({}).strict(),
  /** The new articles: since the last review before `today` (the local day by default), or since the start of `since`. */
  'inbox.get': z.object({ since: isoDate.optional(), today: isoDate.optional() }).strict(),
  /** Retain (a candidate for the review of reviewDate, in the topic's section) or dismiss articles. */
  'inbox.triage': z
    .object({
      articleIds: z.array(id).min(1).max(1000),
      decision: triageDecisionSchema,
      topicId: z.union([id, z.null()]).optional(),
      reviewDate: isoDate.optional(),
    })
    .strict(),
  /** Undoes a triage: the articles are new again. */
  'inbox.untriage': z.object({ articleIds: z.array(id).min(1).max(1000) }).strict(),
  /**
   * Deletes for good the dismissed articles past the retention period that no review, highlight or
   * note keeps. A dry run may try another period (Réglages shows what it would remove before saving it).
   */
  'archive.purge': z
    .object({ dryRun: z.boolean().default(false), retentionDays: retentionDays.optional() })
    .strict()
    .refine((input) => input.retentionDays === undefined || input.dryRun, { message: 'retentionDays is for a dry run only' }),
  'publications.list': z.object({}).strict(),
  /** The registry's publication for a site name and/or an address, as import would find it (nothing created). */
  'publications.resolve': z
    .object({ name: z.string().max(500).optional(), url: z.string().max(4096).optional() })
    .strict()
    .refine((input) => input.name !== undefined || input.url !== undefined, { message: 'name or url expected' }),
  'publications.add': z
    .object({
      name: publicationName,
      ...publicationFields,
      type: publicationTypeSchema.default('site'),
      aliases: z.array(publicationName).max(50).default([]),
      domains: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
    })
    .strict(),
  /** Rename (the old name stays an alias) or reclassify. */
  'publications.update': z.object({ id, name: publicationName.optional(), ...publicationFields }).strict(),
  /** Another name for a publication; an address ("lemonde.fr") is also registered as its domain. */
  'publications.addAlias': z.object({ id, alias: publicationName }).strict(),
  /** Forgets one of its other names (not the canonical one); the articles already credited stay. */
  'publications.removeAlias': z.object({ id, alias: publicationName }).strict(),
  /** `from` becomes `into`: its names, domains and articles move, and it disappears. */
  'publications.merge': z.object({ from: id, into: id }).strict(),
  'siteRules.list': z.object({}).strict(),
  /** Creates or replaces the rule of a domain (a host, its subdomains too, or host/path). */
  'siteRules.save': z.object({ domain: z.string().trim().min(1).max(300), ...siteRuleSelectors }).strict(),
  'siteRules.remove': z.object({ domain: z.string().trim().min(1).max(300) }).strict(),
  /** A rule tried on an article's kept page, nothing saved. */
  'siteRules.preview': z.object({ articleId: id, ...siteRuleSelectors }).strict(),
  /** Extracts the article again from its kept page, with its site's rules. */
  'articles.reextract': z.object({ id }).strict(),
  'sources.list': z.object({}).strict(),
  /** What a source would bring, before it is saved: the feed found (and the others offered), or the page's links. */
  'sources.preview': sourceRequest,
  'sources.add': sourceRequest
    .extend({
      name: z.string().trim().min(1).max(200).optional(),
      every: refreshMinutes.optional(),
      publication: z.string().trim().min(1).max(200).optional(),
      lang: sourceLang.optional(),
    })
    .strict(),
  'sources.update': z
    .object({
      id,
      name: z.string().trim().min(1).max(200).optional(),
      every: refreshMinutes.optional(),
      publication: z.union([z.string().trim().min(1).max(200), z.null()]).optional(),
      lang: z.union([sourceLang, z.null()]).optional(),
      links: z.string().trim().min(1).max(500).optional(),
      enabled: z.boolean().optional(),
    })
    .strict(),
  /** Pause (false) or resume (true) sources in bulk. */
  'sources.setEnabled': z.object({ ids: z.array(id).min(1).max(10_000), enabled: z.boolean() }).strict(),
  /** Stops following sources; their articles stay. */
  'sources.remove': z.object({ ids: z.array(id).min(1).max(10_000) }).strict(),
  'sources.importOpml': z.object({ opml: z.string().min(1).max(20_000_000) }).strict(),
  'sources.exportOpml': z.object({}).strict(),
  /** Refreshes the due sources (all with `all`, or those of `ids`); waits up to waitMs for a refresh held elsewhere. */
  'refresh.run': z
    .object({
      all: z.boolean().default(false),
      ids: z.array(id).min(1).max(10_000).optional(),
      waitMs: z.number().int().min(0).max(600_000).default(0),
    })
    .strict(),
  'refresh.status': z.object({}).strict(),
} as const;

/** What each method returns. */
export interface OutputTypes {
  'settings.get': Settings;
  'settings.update': Settings;
  'reviews.create': Review;
  'reviews.get': Review | null;
  'reviews.list': ReviewSummary[];
  'reviews.update': Review;
  'reviews.previous': Review | null;
  'reviews.candidates': { stories: CandidateStory[]; total: number };
  'reviews.undo': Review;
  'reviews.redo': Review;
  'reviews.renderHtml': { html: string };
  'reviews.fontFaces': { css: string };
  'reviews.export': { fileName: string; mimeType: string; dataBase64: string };
  /** null when the user cancelled the dialog. */
  'reviews.exportToFile': { path: string } | null;
  'reviews.exportTo': { path: string; bytes: number };
  'sections.add': Review;
  'sections.rename': Review;
  'sections.move': Review;
  'sections.remove': Review;
  'items.move': Review;
  'items.remove': Review;
  'items.update': Review;
  'items.fillSummaries': Review;
  'articles.get': Article;
  'articles.search': SearchResult;
  'articles.dayOffset': { offset: number };
  'articles.facets': Facets;
  'articles.update': Article;
  'articles.delete': { deleted: number };
  'articles.usage': ArticleInReviews[];
  'articles.restore': { restored: number };
  'articles.setTags': Article;
  'articles.addTag': { updated: number };
  'tags.list': Facet[];
  'highlights.list': Highlight[];
  'highlights.create': Highlight;
  'highlights.update': Highlight;
  'highlights.delete': { deleted: boolean };
  'reviews.addItems': { review: Review; added: number[]; alreadyThere: number[] };
  'import.paths': ImportOutcome[];
  'import.urls': ImportOutcome[];
  'import.files': ImportOutcome[];
  'import.text': ImportOutcome[];
  'archive.backup': { path: string };
  'archive.dailyBackup': { created: string | null; removed: string[] };
  'import.previewText': { title: string; siteName: string | null; publishedTime: string | null; lang: string | null } | { error: SerializedError };
  'smtp.get': SmtpSettingsView;
  'smtp.update': SmtpSettingsView;
  'smtp.test': { messageId: string; accepted: string[] };
  'lists.list': RecipientList[];
  'lists.save': RecipientList;
  'lists.remove': { removed: boolean };
  'send.preview': { subject: string; html: string; text: string; itemCount: number };
  'send.plan': SendPlan;
  'send.send': SendLogEntry;
  'send.retry': SendLogEntry;
  'send.log': SendLogEntry[];
  'topics.list': Topic[];
  'topics.create': Topic;
  'topics.update': Topic;
  'topics.remove': { removed: boolean };
  'topics.relabelProgress': RelabelProgress[];
  'inbox.get': Inbox;
  'inbox.triage': { triaged: number };
  'inbox.untriage': { restored: number };
  'archive.purge': PurgeReport;
  'publications.list': Publication[];
  'publications.resolve': Publication | null;
  'publications.add': Publication;
  'publications.update': Publication;
  'publications.addAlias': Publication;
  'publications.removeAlias': Publication;
  'publications.merge': Publication;
  'siteRules.list': SiteRule[];
  'siteRules.save': SiteRule;
  'siteRules.remove': { removed: boolean };
  'siteRules.preview': SiteRulePreview;
  'articles.reextract': ReextractResult;
  'sources.list': Source[];
  'sources.preview': SourcePreview;
  'sources.add': { source: Source; candidates: FeedCandidate[] };
  'sources.update': Source;
  'sources.setEnabled': { changed: number };
  'sources.remove': { removed: number };
  'sources.importOpml': OpmlImportResult;
  'sources.exportOpml': { opml: string };
  'refresh.run': RefreshReport;
  'refresh.status': RefreshStatus;
}

export type Method = keyof typeof inputSchemas;
/** What a caller passes (defaults may be omitted). */
export type Input<M extends Method> = z.input<(typeof inputSchemas)[M]>;
/** What a service receives, after validation and defaults. */
export type ParsedInput<M extends Method> = z.output<(typeof inputSchemas)[M]>;
export type Output<M extends Method> = OutputTypes[M];

export type Result<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** The services' side of the contract: one handler per method. */
export type ApiHandlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };

/** The client side: one function, whatever the transport. */
export type Invoke = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

export const METHODS = Object.keys(inputSchemas) as Method[];

export function isMethod(value: unknown): value is Method {
  return typeof value === 'string' && Object.hasOwn(inputSchemas, value);
}

/**
 * Methods that name files on this machine: only the shells in the core's own process (CLI,
 * Electron main) may call them. The transports (IPC, HTTP) answer them as unknown methods, so
 * a page can never make Revue read or write a path of its choosing.
 */
export const IN_PROCESS_METHODS: ReadonlySet<Method> = new Set<Method>(['import.paths', 'reviews.exportTo', 'archive.backup', 'archive.dailyBackup']);

/** Methods that need the desktop app (its save dialog): absent from the core opened without one. */
export const DESKTOP_METHODS = ['reviews.exportToFile'] as const satisfies readonly Method[];
export type DesktopMethod = (typeof DESKTOP_METHODS)[number];

/** The handlers the core implements by itself, whatever shell opened it. */
export type CoreHandlers = Omit<ApiHandlers, DesktopMethod>;
