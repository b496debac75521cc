// Intl formatters, made once per locale and options. Building one costs a fraction of a
// millisecond (ICU data is looked up each time): the library list formats a date and a count
// for every row it draws, so at each keystroke fresh formatters took more time than the search.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();

function keyOf(locale: string, options: object): string {
  return `${locale}\u0000${JSON.stringify(options)}`;
}

/** The Intl.DateTimeFormat for `locale` and `options`, built on first use and kept. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = keyOf(locale, options);
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The Intl.NumberFormat for `locale` and `options`, built on first use and kept. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** The Intl.DisplayNames for `locale` and `options`, built on first use and kept (throws as its constructor does). */
export function displayNamesOf(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  const key = keyOf(locale, options);
  let names = displayNames.get(key);
  if (!names) displayNames.set(key, (names = new Intl.DisplayNames([locale], options)));
  return names;
}
