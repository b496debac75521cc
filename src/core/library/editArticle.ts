import type { ParsedInput } from '../../shared/contract.js';
import type { Article } from '../../shared/domain.js';
import { directionOf } from '../extract/detectLanguage.js';
import type { Db } from '../store/database.js';
import { readArticle } from '../store/articleRepository.js';
import { updateArticleFields, type ArticleEdit } from '../store/articleEditRepository.js';
import { labelArticle } from '../topics/labelArticles.js';
import { resolvePublication } from '../publications/resolvePublication.js';
import { articleNotFound } from './notFound.js';

/**
 * Saves the user's edits of an article's metadata, summary (« chapeau ») and comment, and returns
 * the article as it now is; the text direction follows the language. NOT_FOUND when the article
 * is missing or deleted.
 */
export function updateArticle(db: Db, input: ParsedInput<'articles.update'>, now = new Date()): Article {
  const nowIso = now.toISOString();
  const { id, lang, siteName, ...rest } = input;
  return db.transaction(() => {
    const edit: ArticleEdit = { ...rest };
    if (lang !== undefined) {
      edit.lang = lang;
      edit.dir = directionOf(lang);
    }
    if (siteName !== undefined) {
      // A typed name goes through the registry like an imported one: "le monde" is credited as "Le Monde".
      const publication = siteName === null ? null : resolvePublication(db, { siteName, url: null }, nowIso);
      edit.siteName = publication?.name ?? siteName;
      edit.publicationId = publication?.id ?? null;
    }
    if (!updateArticleFields(db, id, edit, nowIso)) throw articleNotFound(id);
    // A new title or byline can make the article match a topic, or stop matching one.
    if (edit.title !== undefined || edit.byline !== undefined) labelArticle(db, id);
    const article = readArticle(db, id);
    if (!article) throw articleNotFound(id);
    return article;
  })();
}
