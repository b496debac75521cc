/** A name as the filter compares it: lower case, without accents, spaces folded. */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
