import type { Db } from '../store/database.js';
import { searchArticles } from './searchArticles.js';

/** Words of a title worth searching: letters only, three or more (no digits, no one-letter words). */
const WORD = /^\p{L}{3,}$/u;

/**
 * Searches the archive once as the search box does, for words of its newest article typed as the
 * editor types them (a prefix, then one word and the start of the next): the first searches of a
 * process cost three to four times the next ones (their statements compiled, the stemmers'
 * tables built, the snippet code optimised), and the editor's first keystrokes should not pay it.
 * Nothing when the archive has no such words.
 */
export function readySearch(db: Db): void {
  const newest = searchArticles(db, { query: '', asYouType: false, sort: 'date', limit: 1, offset: 0, unused: false });
  const words = (newest.hits[0]?.title ?? '').split(/\s+/).filter((word) => WORD.test(word));
  const [first, second] = words;
  if (first === undefined) return;
  const typed = [first.slice(0, 3), ...(second === undefined ? [first] : [`${first} ${second.slice(0, 3)}`])];
  for (const query of typed) searchArticles(db, { query, asYouType: true, sort: 'date', limit: 50, offset: 0, unused: false });
}
