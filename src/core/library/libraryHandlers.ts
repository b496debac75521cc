import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { readArticle } from '../store/articleRepository.js';
import { articleUsage, deleteArticles, undeleteArticles } from './deleteArticles.js';
import { updateArticle } from './editArticle.js';
import { articleNotFound } from './notFound.js';
import { createHighlight, editHighlight, highlightsOf, removeHighlight } from './highlightService.js';
import { addTag, setTags } from './tagArticles.js';

type LibraryMethods =
  | 'articles.get'
  | 'articles.update'
  | 'articles.delete'
  | 'articles.usage'
  | 'articles.restore'
  | 'articles.setTags'
  | 'articles.addTag'
  | 'highlights.list'
  | 'highlights.create'
  | 'highlights.update'
  | 'highlights.delete';

/** Read, edit, annotate, tag, delete and restore articles. */
export function createLibraryHandlers(db: Db): Pick<ApiHandlers, LibraryMethods> {
  return {
    'articles.get': ({ id }) => {
      const article = readArticle(db, id);
      if (!article) throw articleNotFound(id);
      return article;
    },
    'articles.update': (input) => updateArticle(db, input),
    'articles.delete': ({ ids }) => deleteArticles(db, ids),
    'articles.usage': ({ ids }) => articleUsage(db, ids),
    'articles.restore': ({ ids }) => undeleteArticles(db, ids),
    'articles.setTags': ({ id, tags }) => setTags(db, id, tags),
    'articles.addTag': ({ ids, tag }) => addTag(db, ids, tag),
    'highlights.list': ({ articleId }) => highlightsOf(db, articleId),
    'highlights.create': (input) => createHighlight(db, input),
    'highlights.update': (input) => editHighlight(db, input),
    'highlights.delete': ({ id }) => removeHighlight(db, id),
  };
}
