import type { Article } from '../../shared/domain.js';
import type { Db } from '../store/database.js';
import { isLiveArticle } from '../store/articleEditRepository.js';
import { readArticle } from '../store/articleRepository.js';
import { addTagToArticles, setArticleTags } from '../store/tagRepository.js';
import { articleNotFound } from './notFound.js';

/** Gives an article exactly these tags (case-insensitively deduplicated) and returns it. NOT_FOUND when missing or deleted. */
export function setTags(db: Db, id: number, tags: readonly string[]): Article {
  return db.transaction(() => {
    if (!isLiveArticle(db, id)) throw articleNotFound(id);
    setArticleTags(db, id, tags);
    const article = readArticle(db, id);
    if (!article) throw articleNotFound(id);
    return article;
  })();
}

/** Adds a tag to many articles at once; `updated` counts the articles that did not have it yet. */
export function addTag(db: Db, ids: readonly number[], tag: string): { updated: number } {
  return { updated: addTagToArticles(db, ids, tag) };
}
