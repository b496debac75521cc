/** The outlet's name, or the host of its address when the page named none. */
export function outletOf(article: { siteName: string | null; url: string | null }): string | null {
  if (article.siteName) return article.siteName;
  if (!article.url) return null;
  try {
    return new URL(article.url).hostname;
  } catch {
    return null;
  }
}
