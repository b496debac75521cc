import { monthNumber, normaliseWord } from './monthNames.js';
import { parseDate } from './parseDate.js';

/**
 * Old table layouts and print versions carry no metadata: the author, the paper and the date are
 * printed on one line under the headline ("Par Ahmed Benali | Le Matin | 12/03/2015", "By Omar
 * Tazi - The Atlas Herald - October 4, 2024", "بقلم: يوسف العلمي - الصباح - 05/06/2024"). The line
 * is recognised by its label and cut at its separators; each part is a name, a date or the source.
 */
export interface BylineLine {
  author: string | null;
  source: string | null;
  /** ISO date, when a part of the line is one. */
  date: string | null;
}

/**
 * What opens a byline: "Par", "By", "Posted by", "Ein Artikel von", "Autoren:", "Gespeichert von" (a
 * CMS's "submitted by"), "بقلم".
 */
/** The words that name the author field, as a byline line opens with them and as a page labels its own field ("Autorin/Autor", "Auteur(s)", "الكاتب"). */
export const AUTHOR_FIELD = String.raw`auteur(?:e|s|\(s\))?|autor(?:in|en|\(in\))?(?:\/autor(?:in)?)?|authors?|author\(s\)|redaktion|الكاتب|الكاتبة`;
const LABEL = new RegExp(
  String.raw`^(?:(?:text|texte|fotos?|photos?|bilder|illustrations?|interview|recherche)(?:\s*(?:&|\+|,|und|et|and)\s*(?:text|texte|fotos?|photos?|bilder|illustrations?|interview|recherche))+\s*:|par|by|(?:written|posted|submitted|reported|words|story|text) by|(?:publié|écrit|rédigé|posté|proposé) par|von|(?:ein )?(?:artikel|beitrag|bericht|text) von|(?:verfasst|geschrieben|gespeichert|eingestellt|veröffentlicht|erstellt) von|por|escrito por|scritto da|بقلم|كتب|كتبه|كتبت|إعداد|${AUTHOR_FIELD}|texte|text|reporter)\s*:?\s+(?=\S)`,
  'iu',
);
const PUBLISHED_BY = /^(?:publié|posted|published|نشر)\s+(?:le|on|في|يوم)\s+(.{6,40}?)\s+(?:par|by|بواسطة)\s+(.{3,60})$/iu;
const SEPARATORS = /\s+[|–—•·/-]\s+|\s*[|•·]\s*/u;
/** Inside the name part, a comma or "le"/"on" before a date or a source: "X, pour Le Matin, le 4 mars". */
const NAME_TAIL = /[,،]\s+|\s+(?:le|on|am|el|il|في|يوم)\s+(?=\p{Nd})|\s+@\s+(?=\p{Nd})/u;
/** Prepositions that open the source part: "Par X, pour Le Matin", "By X for The Herald". */
const SOURCE_PREFIX = /^(?:pour|for|de|from|à|in|dans|ل|لـ|عن|من)\s+/iu;

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/g, '').trim();
}

/** Lower-case words inside names: "Jose de la Cruz", "Ursula von der Leyen", "Mohamed ben Ali". */
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'zu', 'y', 'e', 'bin', 'ben', 'ibn', 'al', 'el', 'af', 'av']);

/** A person's name: one to six words, mostly capitalised where the script has capitals, no digits. */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 1 || words.length > 6 || /\p{Nd}/u.test(s) || s.length > 60) return false;
  // A name does not end on a particle: "Artikel von" is a label.
  if (words.length > 1 && PARTICLES.has(words[words.length - 1] ?? '')) return false;
  const cased = words.filter((w) => /\p{Lu}/u.test(w[0] ?? '') || PARTICLES.has(w)).length;
  const caseless = words.filter((w) => !/[\p{Lu}\p{Ll}]/u.test(w)).length;
  return cased + caseless >= Math.ceil(words.length * 0.6);
}

/**
 * A name as people write their own: two to five words, each capitalised, an initial ("K.") or a
 * particle, or in a script without case. "Peter Amende und Fuchsy designed", "Bayerische
 * Landesanstalt für Wald" and "link78" are not; a page's byline markup is then worth more.
 */
export function isPersonName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || /\p{Nd}/u.test(s)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w) || !/[\p{Lu}\p{Ll}]/u.test(w));
}

/** A job title closing a byline element: "Harald Bauer Autor", "by Steve Gillman Contributor". */
const ROLE_TAIL = /\s+(?:autor(?:in)?|author|contributor|reporter|redakteur(?:in)?|journaliste?|correspondante?|correspondent|rédact(?:eur|rice)|editor|staff writer|صحفي|مراسل)$/iu;

/**
 * The person named by the text of a byline element ("by Steve Gillman Contributor", "Georg Quaas,
 * 21. Jan. 2015", "Redaktion: Eberhard Fuhr (Pressesprecher)", "Von Jörn Mecher am 08.12.2022"),
 * or null. After an explicit label a user name is a name too ("Gespeichert von rasos am …"), and
 * so it is in an element that is itself the label (rel=author, itemprop=author): `marked`.
 */
export function nameInByline(text: string, marked = false): string | null {
  let t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 200) return null;
  const label = LABEL.exec(t);
  if (label) t = t.slice(label[0].length);
  // The parts of "29. Juni 2017 · von Tobi": the first that names someone.
  for (const part of t.split(SEPARATORS)) {
    const inner = LABEL.exec(part);
    const name = personPart(inner ? part.slice(inner[0].length) : part, label || inner ? 'label' : marked ? 'markup' : null);
    if (name) return name;
  }
  return null;
}

/**
 * The name that opens one part of a byline, before a comma, a date, a role or a parenthesis. One
 * word is a name after a label ("von Tobi"); in author markup only when it is written as a user
 * name ("KleineGrüneMonster", "rasos"), not as a word of the page ("Kontakt").
 */
function personPart(part: string, labelled: 'label' | 'markup' | null): string | null {
  const beforeDigits = (part.split(NAME_TAIL)[0] ?? '').split(/\s+(?=\S*\p{Nd})/u)[0] ?? '';
  let name = clean(clean(beforeDigits).replace(/\s*\([^)]*\)?$/u, ''));
  // "Nathan Willis March 25, 2015": the month stays when the day is cut.
  const words = name.split(' ');
  if (words.length > 2 && monthNumber(normaliseWord(words[words.length - 1] ?? '')) !== undefined) name = words.slice(0, -1).join(' ');
  name = clean(name.replace(ROLE_TAIL, ''));
  if (!name || /^(?:by|par|von)$/i.test(name) || /\p{Nd}/u.test(name)) return null;
  if (name.includes(' ') || !/[\p{Lu}\p{Ll}]/u.test(name)) return looksLikeName(name) ? name : null;
  if (!/^[\p{L}_.-]{3,30}$/u.test(name)) return null;
  return labelled === 'label' || (labelled === 'markup' && /^\p{Ll}+$|\p{Ll}\p{Lu}|[_.]/u.test(name)) ? name : null;
}

/** The author, source and date of a byline line, or null when the line is not one. */
export function readBylineLine(line: string, lang: string | null = null): BylineLine | null {
  const t = line.replace(/\s+/g, ' ').trim();
  if (t.length > 160) return null;
  const published = PUBLISHED_BY.exec(t);
  if (published) {
    const author = clean(published[2] ?? '');
    return looksLikeName(author) ? { author, source: null, date: parseDate(published[1] ?? '', { lang }) } : null;
  }
  const label = LABEL.exec(t);
  if (!label) return afterDate(t, lang);
  const parts = t.slice(label[0].length).split(SEPARATORS).map(clean).filter(Boolean);
  const [written = '', ...tail] = (parts[0] ?? '').split(NAME_TAIL).map(clean);
  // "Eberhard Fuhr (Pressesprecher)": the role in brackets is not part of the name.
  const name = written.replace(/\s*\([^)]*\)?$/u, '');
  const author = looksLikeName(name) ? name : null;
  if (!author) return null;
  let date: string | null = null;
  let source: string | null = null;
  // What followed the name in its part: a source, then a date that may itself hold a comma ("March 5, 2019").
  const rest = tail.filter((p) => !/\p{Nd}/u.test(p));
  const dated = tail.slice(tail.findIndex((p) => /\p{Nd}/u.test(p))).join(', ');
  if (tail.some((p) => /\p{Nd}/u.test(p))) date = parseDate(dated, { lang });
  if (rest[0]) source = rest[0].replace(SOURCE_PREFIX, '').trim() || null;
  for (const part of parts.slice(1)) {
    const d = /\p{Nd}/u.test(part) ? parseDate(part, { lang }) : null;
    if (d && !date) date = d;
    else if (!d && !source && part.length <= 60 && !/\p{Nd}/u.test(part)) source = part.replace(SOURCE_PREFIX, '').trim() || null;
  }
  return { author, source, date };
}

/** A byline line that opens on its date ("05.02.2020 - Redaktion: Eberhard Fuhr"): the labelled part read, with that date. */
function afterDate(t: string, lang: string | null): BylineLine | null {
  const parts = t.split(SEPARATORS);
  const at = parts.findIndex((p, i) => i > 0 && LABEL.test(p));
  if (at < 1 || at > 2 || !parts.slice(0, at).every((p) => /\p{Nd}/u.test(p) && parseDate(p, { lang }))) return null;
  const rest = readBylineLine(parts.slice(at).join(' | '), lang);
  return rest ? { ...rest, date: rest.date ?? parseDate(parts[0] ?? '', { lang }) } : null;
}

/** The first byline line among the lines, read. */
export function findBylineLine(lines: string[], lang: string | null = null): BylineLine | null {
  for (const line of lines) {
    const b = readBylineLine(line, lang);
    if (b) return b;
  }
  return null;
}

const LINE_BREAKS = new Set(['P', 'DIV', 'BR', 'LI', 'TD', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'BLOCKQUOTE', 'CENTER', 'ADDRESS']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION']);

/** The visible lines that follow `el` in page order, up to `maxChars` of text: where a byline line sits. */
export function linesAfter(el: Element, maxChars = 400): string[] {
  const lines: string[] = [];
  let current = '';
  let total = 0;
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    total += t.length;
    current = '';
  };
  const visit = (node: Node): boolean => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (total > maxChars) return true;
      if (n.nodeType === 3) current += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const tag = (n as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        const breaks = LINE_BREAKS.has(tag);
        if (breaks) flush();
        if (visit(n)) return true;
        if (breaks) flush();
      }
    }
    return false;
  };
  // Walk the following siblings of the element and of each of its ancestors, in page order.
  for (let a: Element | null = el; a && total <= maxChars; a = a.parentElement) {
    for (let s = a.nextSibling; s && total <= maxChars; s = s.nextSibling) {
      if (s.nodeType === 3) current += s.nodeValue ?? '';
      else if (s.nodeType === 1 && !SKIP.has((s as Element).tagName.toUpperCase())) {
        const breaks = LINE_BREAKS.has((s as Element).tagName.toUpperCase());
        if (breaks) flush();
        if (visit(s)) break;
        if (breaks) flush();
      }
    }
    flush();
  }
  return lines;
}
