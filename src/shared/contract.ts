import { z } from 'zod';
import type {
  AppInfo,
  Article,
  ArticleSummary,
  ImportOutcome,
  Review,
  ReviewSummary,
  Settings,
} from './domain.js';
import type { SerializedError } from './errors.js';
import { isIsoDate } from './reviewTitle.js';

const isoDate = z.string().refine(isIsoDate, { message: 'expected a date YYYY-MM-DD' });
const edition = z.string().trim().max(40).default('');
const id = z.number().int().positive();
const uiLanguage = z.enum(['fr', 'en']);
/** 60 MB of base64 is about 45 MB of file: past the page size cap, so the cap is what answers. */
const MAX_BASE64 = 60 * 1024 * 1024;

/**
 * The API contract: every method with the schema of its input. The transports (IPC, HTTP)
 * validate raw input against these schemas before any service sees it.
 */
export const inputSchemas = {
  'app.info': z.object({}).strict(),
  'settings.get': z.object({}).strict(),
  'settings.update': z
    .object({
      uiLanguage: uiLanguage.optional(),
      organisation: z.string().trim().max(200).optional(),
      defaultSections: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    })
    .strict(),
  'reviews.create': z
    .object({ date: isoDate, edition, title: z.string().trim().min(1).max(300).optional(), lang: uiLanguage })
    .strict(),
  'reviews.get': z.object({ date: isoDate, edition }).strict(),
  'reviews.list': z.object({}).strict(),
  'articles.list': z
    .object({ limit: z.number().int().min(1).max(1000).default(200), offset: z.number().int().min(0).default(0) })
    .strict(),
  'articles.get': z.object({ id }).strict(),
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
  'feeds.subscribe': z.object({ url: z.string().trim().min(1).max(4096), name: z.string().trim().max(200).optional() }).strict(),
  'feeds.list': z.object({}).strict(),
  'feeds.refresh': z.object({ id: id.optional() }).strict(),
} as const;

export interface FeedSummary {
  id: number;
  name: string;
  url: string;
  lastRefreshedAt: string | null;
  itemCount: number;
}

export interface FeedRefreshResult {
  feed: FeedSummary;
  outcomes: ImportOutcome[];
}

/** What each method returns. */
export interface OutputTypes {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.update': Settings;
  'reviews.create': Review;
  'reviews.get': Review | null;
  'reviews.list': ReviewSummary[];
  'articles.list': { total: number; articles: ArticleSummary[] };
  'articles.get': Article;
  'import.urls': ImportOutcome[];
  'import.files': ImportOutcome[];
  'import.text': ImportOutcome[];
  'feeds.subscribe': FeedRefreshResult;
  'feeds.list': FeedSummary[];
  'feeds.refresh': FeedRefreshResult[];
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
