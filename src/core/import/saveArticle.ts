import type { ExtractedArticle, ImportOutcome } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { canonicalUrl } from '../fetch/canonicalUrl.js';
import type { Db } from '../store/database.js';
import {
  findArticleIdByCanonicalUrl,
  findArticleIdByTextHash,
  insertArticle,
  readArticleSummary,
} from '../store/articleRepository.js';
import { assignStory, ensureStory } from '../store/storyRepository.js';
import { labelArticle } from '../topics/labelArticles.js';
import { resolvePublication } from '../publications/resolvePublication.js';
import { publicationRef } from '../store/publicationRepository.js';
import type { OriginalPage } from '../siteRules/extractPage.js';
import { packPage } from '../siteRules/originalPage.js';
import { insertArticleOriginal, type StoredOriginal } from '../store/articleOriginalRepository.js';
import { minHashSignature, signatureToBuffer, textHash } from '../text/textFingerprint.js';
import { mostSimilarArticle } from './storyIndex.js';

/** Share of shared shingles above which two texts are one story told by two outlets. */
const SAME_STORY = 0.5;
const STORY_WINDOW_DAYS = 30;

function canonicalOf(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return canonicalUrl(url);
  } catch {
    return null;
  }
}

/** A title for a page that gave none: its first line, shortened. */
function fallbackTitle(text: string): string {
  const first = text.split('\n').find((line) => line.trim().length > 0)?.trim() ?? '';
  return first.length > 140 ? `${first.slice(0, 139)}…` : first;
}

function duplicateOutcome(db: Db, input: string, id: number): ImportOutcome {
  const article = readArticleSummary(db, id);
  if (!article) throw new RevueError('INTERNAL', { detail: `article ${id} vanished` });
  return { input, status: 'duplicate', article };
}

/** What an import computes of an article before its transaction: the CPU work, done outside any write. */
export interface PreparedArticle {
  extracted: ExtractedArticle;
  canonical: string | null;
  hash: string;
  signature: Uint32Array | null;
  packed: StoredOriginal | null;
}

export function prepareArticle(extracted: ExtractedArticle, original: OriginalPage | null = null): PreparedArticle {
  return {
    extracted,
    // The page itself, kept (compressed) for "ré-extraire".
    packed: original ? { url: original.url, packed: packPage(original.html) } : null,
    canonical: canonicalOf(extracted.url),
    hash: textHash(extracted.text),
    signature: minHashSignature(extracted.text),
  };
}

/**
 * Writes a prepared article unless the archive already has it (same canonical URL or same text);
 * links it to the story of a near-identical text from another outlet and labels it with the watch
 * topics it matches. The caller holds the transaction: a refresh writes a source's items in one,
 * since each transaction (and each savepoint) makes the full-text index flush a segment of its own.
 */
export function storePreparedArticle(
  db: Db,
  input: string,
  prepared: PreparedArticle,
  now = new Date(),
  /** The publication to credit (a source's, chosen by the editor) instead of the one the page names. */
  creditTo: number | null = null,
): ImportOutcome {
  const { extracted, canonical, hash, signature, packed } = prepared;
  const nowIso = now.toISOString();
  const byUrl = canonical ? findArticleIdByCanonicalUrl(db, canonical) : null;
  if (byUrl !== null) return duplicateOutcome(db, input, byUrl);
  const byText = findArticleIdByTextHash(db, hash);
  if (byText !== null) return duplicateOutcome(db, input, byText);

  const since = new Date(now.getTime() - STORY_WINDOW_DAYS * 86_400_000).toISOString();
  const sameStory = signature ? mostSimilarArticle(db, signature, since, SAME_STORY) : null;

  // Credited under the registry's name: "Le Monde.fr", "lemonde.fr" and "LeMonde" are one publication.
  const publication =
    (creditTo === null ? null : publicationRef(db, creditTo)) ?? resolvePublication(db, { siteName: extracted.siteName, url: extracted.url }, nowIso);
  const articleId = insertArticle(db, {
    publicationId: publication?.id ?? null,
    storyId: null,
    url: extracted.url,
    canonicalUrl: canonical,
    title: extracted.title ?? fallbackTitle(extracted.text),
    byline: extracted.byline,
    siteName: publication?.name ?? null,
    publishedTime: extracted.publishedTime,
    lang: extracted.lang,
    dir: extracted.dir,
    text: extracted.text,
    html: extracted.html,
    textHash: hash,
    shingles: signature ? signatureToBuffer(signature) : null,
    now: nowIso,
  });
  if (sameStory) {
    const storyId = ensureStory(db, sameStory.id, sameStory.storyId, nowIso);
    assignStory(db, articleId, storyId);
  }
  // Every import path (URL, file, feed, pasted text, refresh) comes through here: the article is
  // saved with the topics it matches, or not at all.
  if (packed) insertArticleOriginal(db, articleId, packed, nowIso);
  labelArticle(db, articleId);
  const article = readArticleSummary(db, articleId);
  if (!article) throw new RevueError('INTERNAL', { detail: 'article vanished after insert' });
  return { input, status: 'imported', article };
}

/** Stores one extracted article in a single transaction (see storePreparedArticle). */
export function saveArticle(
  db: Db,
  input: string,
  extracted: ExtractedArticle,
  now = new Date(),
  original: OriginalPage | null = null,
): ImportOutcome {
  const prepared = prepareArticle(extracted, original);
  return db.transaction(() => storePreparedArticle(db, input, prepared, now))();
}
