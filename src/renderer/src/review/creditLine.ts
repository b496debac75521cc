import type { ReviewItemArticle, UiLanguage } from '../../../shared/domain';
import { formatDate } from '../lib/formatDate';
import { i18n } from '../lib/i18n.svelte';

/** The credit line the export prints: "L'Opinion · 5 novembre 2016 · Par Ahmed Benali". */
export function creditLine(article: ReviewItemArticle, lang: UiLanguage): string {
  const parts = [article.siteName ?? '', formatDate(article.publishedTime, lang, 'long')];
  if (article.byline) parts.push(i18n.t('compose.byline', { author: article.byline }));
  return parts.filter((part) => part !== '').join(' · ');
}
