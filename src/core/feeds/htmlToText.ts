import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * The visible text of an HTML fragment, entities decoded and whitespace collapsed.
 * Only ASCII whitespace collapses: the no-break spaces of French typography ("Procès :") stay.
 */
export function htmlToText(html: string): string {
  return DomUtils.textContent(parseDocument(html)).replace(/[ \t\n\r\f]+/g, ' ').trim();
}
