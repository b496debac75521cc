const NBSP = '\u00A0';
/** Narrow no-break space, what French typesetters put before ; ! ? */
const NNBSP = '\u202F';

/**
 * French typography for text typed or imported with plain spaces: no-break spaces before
 * « » : ; ! ? and inside guillemets, typographic apostrophes, en dashes for spaced hyphens.
 * Never adds a space before ":" (10:30, URLs), only turns an existing one into a no-break one.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/ - /g, ' – ')
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`)
    .replace(/[ \u00A0]+:/g, `${NBSP}:`)
    // Only marks that end a word ("Quoi ?", "ceci ; cela"), not the "?" of a URL's query.
    .replace(/([^\s;!?«])[ \u00A0\u202F]*([;!?]+)(?=[\s»)"”]|$)/gu, `$1${NNBSP}$2`);
}

/** Quotation marks of a language around a quote: «\u00A0…\u00A0» in French, « … » in Arabic, “…” otherwise. */
export function quoteMarks(lang: string): [string, string] {
  if (lang === 'fr') return [`«${NBSP}`, `${NBSP}»`];
  if (lang === 'ar') return ['«', '»'];
  return ['“', '”'];
}
