/**
 * A signature line anywhere in the page: "Autorin: X, Projektleiterin" after the notes that close
 * the article, "(责编：X、Y)" under it, "Texte : X" in a box beside it. The lines are gathered before
 * Readability prunes the page (it drops such boxes), and read only when no metadata, byline markup
 * or line near the headline names anyone. Comments, teasers, forms and captions are not read.
 */
import { namesOthers } from './bylineElements.js';
import { isPersonName, labelledLinesIn, readBylineLine, type BylineLine } from './readBylineLine.js';

/** The page's short lines that open on a byline label, in page order. */
export function signedLinesOf(doc: Document): string[] {
  return doc.documentElement && doc.body ? labelledLinesIn(doc.body, namesOthers) : [];
}

/**
 * The first of the lines that names a person: a name as people write it ("Uta Staschewski"), one
 * in a script without capitals, or a one-word name with a date after it. "Von A bis Z" in a menu
 * and "Par Avion" are not.
 */
export function readSignedLine(lines: string[], lang: string | null): BylineLine | null {
  for (const line of lines) {
    const read = readBylineLine(line, lang);
    const author = read?.author;
    // Words in capitals ("VON DER SEE Werbeagentur.") make a heading or a brand, not a signature.
    if (!author || author.split(' ').filter((w) => /^\p{Lu}{2,}$/u.test(w)).length * 2 > author.split(' ').length) continue;
    if (isPersonName(author) || !/[\p{Lu}\p{Ll}]/u.test(author) || (read.date && !author.includes(' '))) return read;
  }
  return null;
}
