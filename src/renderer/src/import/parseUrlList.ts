/** The addresses of a pasted list: one per line, blank lines and repeats dropped, order kept. */
export function parseUrlList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const url = line.trim();
    if (url.length > 0) seen.add(url);
  }
  return [...seen];
}
