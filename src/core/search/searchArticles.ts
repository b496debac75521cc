import type { ParsedInput } from '../../shared/contract.js';
import type { Facet, SearchHit, SearchResult } from '../../shared/domain.js';
import type { Db } from '../store/database.js';
import type { ArticleSummary } from '../../shared/domain.js';
import { readArticleText } from '../store/articleRepository.js';
import { readSummaries } from '../store/articleSummaryRepository.js';
import { findArticles, offsetOfDay, readTagCounts } from '../store/searchRepository.js';

import { buildSnippet, openingFitsIn, openingSnippet } from './buildSnippet.js';
import { normalizeForSearch } from '../text/normalizeForSearch.js';
import { parseQuery, type SearchPhrase } from './parseQuery.js';

/** How much of the text is read for an article matched by its title only: its opening words, and room to spare. */
const OPENING_CHARS = 400;

export type SearchInput = Omit<ParsedInput<'articles.search'>, 'exactCount'> & {
  exactCount?: boolean;
  /** Search as you type: the last word, still being typed, matches as a prefix. */
  asYouType?: boolean;
};

/**
 * One page of the library: the live articles matching the query (all of them without one) and the
 * filters, newest first or most relevant first, each with a highlighted snippet when searching.
 */
export function searchArticles(db: Db, input: SearchInput): SearchResult {
  const parsed = input.query.trim() === '' ? null : parseQuery(input.query, { asYouType: input.asYouType === true });
  // A query with nothing to look for (only exclusions, only punctuation) finds nothing, rather than everything.
  if (parsed === null && input.query.trim() !== '') return { total: 0, totalExact: true, hits: [] };
  const match = parsed?.match ?? null;
  const page = findArticles(db, {
    match,
    // Which hits match in their text (a passage to show) is asked of the index, except for a long
    // prefix: FTS5 would merge the lists of all its words once more, a cost that grows with the
    // archive, while looking through the page's texts for it costs the same at any size.
    textMatch: parsed?.longPrefix === true ? null : (parsed?.textMatch ?? null),
    walkOnce: parsed?.longPrefix ?? false,
    sort: match === null ? 'date' : input.sort,
    from: input.from,
    to: input.to,
    source: input.source,
    lang: input.lang,
    tag: input.tag,
    unused: input.unused,
    limit: input.limit,
    offset: input.offset,
    exactCount: input.exactCount,
  });
  const phrases = parsed?.phrases ?? [];
  const withSnippets = phrases.length > 0;
  const rows = readSummaries(db, page.ids, withSnippets && { whole: page.inText, openingChars: OPENING_CHARS });
  const hits: SearchHit[] = rows.map(({ summary, text }) => ({
    ...summary,
    snippet: withSnippets ? snippetOf(db, summary, text, phrases, page.inText.has(summary.id)) : null,
  }));
  return { total: page.total, totalExact: page.totalExact, hits };
}

/**
 * The passage around the first match in the text; the opening words when the match is in the
 * title or byline alone (`text` is then only the opening, read whole if the words run past it).
 */
function snippetOf(db: Db, summary: ArticleSummary, text: string, phrases: SearchPhrase[], inText: boolean): string {
  if (inText) return buildSnippet(text, phrases, summary.lang);
  const complete = text.length < OPENING_CHARS || openingFitsIn(text);
  return openingSnippet(complete ? text : (readArticleText(db, summary.id) ?? text));
}

/** The position in the date-sorted results where the articles of `day` (or the nearest earlier day) begin. */
export function dayOffset(db: Db, input: ParsedInput<'articles.dayOffset'>): { offset: number } {
  const parsed = input.query.trim() === '' ? null : parseQuery(input.query, { asYouType: input.asYouType });
  if (parsed === null && input.query.trim() !== '') return { offset: 0 };
  const { from, to, source, lang, tag, unused } = input;
  return { offset: offsetOfDay(db, { match: parsed?.match ?? null, from, to, source, lang, tag, unused }, input.day) };
}

/** Tags whose name starts with the prefix (ignoring case and accents), most used first. */
export function tagsStartingWith(db: Db, prefix: string): Facet[] {
  const wanted = normalizeForSearch(prefix.trim());
  const all = readTagCounts(db);
  return wanted === '' ? all : all.filter((tag) => normalizeForSearch(tag.value).startsWith(wanted));
}
