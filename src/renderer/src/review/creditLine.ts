import { creditByline } from '../../../shared/creditByline';
import type { ReviewItemArticle, UiLanguage } from '../../../shared/domain';
import { formatDate } from '../lib/formatDate';
import { i18n } from '../lib/i18n.svelte';

/** The credit line the export prints: "L'Opinion · 5 novembre 2016 · Par Ahmed Benali". */
export function creditLine(article: ReviewItemArticle, lang: UiLanguage): string {
  const parts = [article.siteName ?? '', formatDate(article.publishedTime, lang, 'long')];
  let host: string | null = null;
  try {
    host = article.url ? new URL(article.url).hostname : null;
  } catch {
    host = null;
  }
  // The same author line as the export: no "Par Par", no name that only repeats the publication.
  const author = creditByline(article.byline, article.siteName ?? host ?? '', host);
  if (author) parts.push(i18n.t('compose.byline', { author }));
  return parts.filter((part) => part !== '').join(' · ');
}
