import type { ExtractedArticle } from '../../shared/article.js';
import type { ImportOutcome } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { canonicalUrl } from '../fetch/canonicalUrl.js';
import type { Db } from '../store/database.js';
import {
  findArticleIdByCanonicalUrl,
  findArticleIdByTextHash,
  insertArticle,
  readArticleSummary,
} from '../store/articleRepository.js';
import { publicationId } from '../store/sourceRepository.js';
import { assignStory, ensureStory } from '../store/storyRepository.js';
import type { ImportHooks } from './importHooks.js';
import { mostSimilarArticle } from './storyIndex.js';
import { minHashSignature, signatureToBuffer, textHash } from './textFingerprint.js';

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

/**
 * Stores one extracted article in a single transaction, unless the archive already has it (same
 * canonical URL or same text); links it to the story of a near-identical text from another outlet.
 */
export function saveArticle(
  db: Db,
  input: string,
  extracted: ExtractedArticle,
  now = new Date(),
  hooks: ImportHooks | null = null,
): ImportOutcome {
  const nowIso = now.toISOString();
  const canonical = canonicalOf(extracted.url);
  const hash = textHash(extracted.text);
  const signature = minHashSignature(extracted.text);

  return db.transaction((): ImportOutcome => {
    const byUrl = canonical ? findArticleIdByCanonicalUrl(db, canonical) : null;
    if (byUrl !== null) return duplicateOutcome(db, input, byUrl);
    const byText = findArticleIdByTextHash(db, hash);
    if (byText !== null) return duplicateOutcome(db, input, byText);

    const since = new Date(now.getTime() - STORY_WINDOW_DAYS * 86_400_000).toISOString();
    const sameStory = signature ? mostSimilarArticle(db, signature, since, SAME_STORY) : null;

    const articleId = insertArticle(db, {
      sourceId: extracted.siteName ? publicationId(db, extracted.siteName, nowIso) : null,
      storyId: null,
      url: extracted.url,
      canonicalUrl: canonical,
      title: extracted.title ?? fallbackTitle(extracted.text),
      byline: extracted.byline,
      siteName: extracted.siteName,
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
    hooks?.articleImported(db, articleId);
    const article = readArticleSummary(db, articleId);
    if (!article) throw new RevueError('INTERNAL', { detail: 'article vanished after insert' });
    return { input, status: 'imported', article };
  })();
}
