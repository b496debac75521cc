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
export const AUTHOR_FIELD = String.raw`auteur(?:e|s|\(s\))?|autor(?:in|en|\(in\)|a|es)?(?:\/autor(?:in)?)?|authors?|author\(s\)|autore|redaktion|الكاتب|الكاتبة|责任编辑|責任編輯|责编|責編|作者`;
const ANY_CASE_LABEL = new RegExp(
  String.raw`^(?:(?:text|texte|fotos?|photos?|bilder|illustrations?|interview|recherche)(?:\s*(?:&|\+|,|und|et|and)\s*(?:text|texte|fotos?|photos?|bilder|illustrations?|interview|recherche))+\s*:|par|by|(?:written|posted|submitted|reported|words|story|text) by|(?:publié|écrit|rédigé|posté|proposé) par|von|(?:ein )?(?:artikel|beitrag|bericht|text) von|(?:verfasst|geschrieben|gespeichert|eingestellt|veröffentlicht|erstellt) von|por|escrito por|scritto da|بقلم|كتب|كتبه|كتبت|إعداد|${AUTHOR_FIELD}|(?:texte|text|reporter)(?=\s*[:：]))(?:\s*[:：]\s*|\s+)(?=\S)`,
  'iu',
);
/** Labels that are everyday words when capitalised ("Vom Hafen zur Stadt", "Di Mi Do" in a calendar): lowercase only. */
const LOWERCASE_LABEL = /^(?:vom|di|a cura di)\s+(?=\S)/u;
const LABEL = {
  exec: (t: string): RegExpExecArray | null => ANY_CASE_LABEL.exec(t) ?? LOWERCASE_LABEL.exec(t),
  test: (t: string): boolean => ANY_CASE_LABEL.test(t) || LOWERCASE_LABEL.test(t),
};
const PUBLISHED_BY = /^(?:publié|posted|published|نشر)\s+(?:le|on|في|يوم)\s+(.{6,40}?)\s+(?:par|by|بواسطة)\s+(.{3,60})$/iu;
const SEPARATORS = /\s+[|–—•·/-]\s+|\s*[|•·／｜]\s*/u;
/** Inside the name part, a comma or "le"/"on" before a date or a source: "X, pour Le Matin, le 4 mars". */
const NAME_TAIL = /[,،;]\s+|\s+(?:le|on|am|el|il|في|يوم)\s+(?=\p{Nd})|\s+@\s+(?=\p{Nd})/u;
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
  // A word without letters ("/", "–") is no part of a name; one in a script without case is.
  const caseless = words.filter((w) => /\p{L}/u.test(w) && !/[\p{Lu}\p{Ll}]/u.test(w)).length;
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
  // "di Parks.it", "von Hand": a name does not open on a particle, and holds no domain.
  if (PARTICLES.has(words[0] ?? '') || /\.\p{L}{2}/u.test(s)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w) || (/\p{L}/u.test(w) && !/[\p{Lu}\p{Ll}]/u.test(w)));
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
  // The parts of "29. Juni 2017 · von Tobi": the first that names someone. Past four parts the
  // text is a list of tags or sections ("01.12.2022 / CSP / International / Top Solar News"): only a labelled part names someone.
  const parts = t.split(SEPARATORS);
  for (const part of parts) {
    const inner = LABEL.exec(part);
    if (parts.length > 4 && !label && !inner && !marked) continue;
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

/** Brackets a CMS sets around its signature line: "(责编：X、Y)", "【责任编辑:X】", "[Par X]". */
const OPENING = /^[([（【〔]\s*/u;
const ENCLOSING = /^[([（【〔]\s*(.*?)\s*[)\]）】〕]$/u;
/** "Posted in Politics by jdoe on March 3, 2019", "Filed under: Books, Notes — jdoe @ 00:11": a blog's category line that names the author. */
const FILED_BY = /^(?:posted|filed|published|publié|classé|rangé|veröffentlicht|abgelegt)\s+(?:in|under|dans|sous|unter)\s*:?\s+.{1,80}?\s+(?:by|par|von|[—–-])\s+(?=\S)/iu;
/** A word of the rest of a line that says when, not who: "on", "le", "@", "am", times and dates. */
const WHEN_WORD = /^(?:on|le|am|um|at|à|el|il|في|يوم|@|[-–—|·•,])$/iu;
/** After the name, a category ("Posted by jdoe in Notes") rather than a source: cut, not read. */
const IN_CATEGORY = /\s+(?:in|im|dans|en)\s+(?=\p{Lu})/u;

/**
 * The rest of a line after a one-word name says only when ("on March 3, 2019", "@ 00:11"): then
 * "jdoe" is a user name signing the post, where "Par ailleurs, le gouvernement…" opens a sentence.
 */
function onlyWhen(rest: string): boolean {
  const words = rest.split(/\s+/).filter((w) => w && !/\p{Nd}/u.test(w) && !WHEN_WORD.test(w) && monthNumber(normaliseWord(w.replace(/[.,]$/, ''))) === undefined);
  return words.length === 0;
}

/** A newsroom signing as a team: "auto-news.at Redaktion", "La rédaction", "Rédaction de La Vigie", "Staff", "هيئة التحرير". */
const NEWSROOM = /^(?:(?:la|die)\s+)?(?:rédaction|redaktion|redacción|redazione)(?:\s+(?:de|du|des|von|der)\s+.+)?$|^.{2,40}\s+(?:redaktion|rédaction|newsroom|staff|desk)$|^هيئة التحرير$/iu;

/** A newsroom's signature after a label, up to five words: what the page says of who wrote, though no person. */
function newsroom(name: string): boolean {
  return NEWSROOM.test(name) && name.split(/\s+/).length <= 5 && !/\p{Nd}/u.test(name);
}

/** "jdoe on August" once the day is cut from "jdoe on August 3, 2019": the month and its "on" go with the date. */
function untilDate(name: string, dayCut: boolean): string {
  const words = name.split(' ');
  while (dayCut && words.length > 1) {
    const last = words[words.length - 1] ?? '';
    if (!WHEN_WORD.test(last) && monthNumber(normaliseWord(last.replace(/[.,]$/, ''))) === undefined) break;
    words.pop();
  }
  return words.join(' ');
}

/** The author, source and date of a byline line, or null when the line is not one. */
export function readBylineLine(line: string, lang: string | null = null): BylineLine | null {
  let t = line.replace(/\s+/g, ' ').trim();
  if (t.length > 160) return null;
  t = ENCLOSING.exec(t)?.[1] ?? t;
  const published = PUBLISHED_BY.exec(t);
  if (published) {
    const author = clean(published[2] ?? '');
    return looksLikeName(author) ? { author, source: null, date: parseDate(published[1] ?? '', { lang }) } : null;
  }
  const label = FILED_BY.exec(t) ?? LABEL.exec(t);
  if (!label) return afterDate(t, lang);
  const parts = t.slice(label[0].length).split(SEPARATORS).map(clean).filter(Boolean);
  const [first = '', ...tail] = (parts[0] ?? '').split(NAME_TAIL).map(clean);
  // "Konstantin 21.10.2019", "DT in Tagebuch": the name stops at the date or the category.
  const [beforeCategory = ''] = first.split(IN_CATEGORY);
  const cut = beforeCategory.search(/\s\S*\p{Nd}/u);
  if (cut >= 0) tail.unshift(clean(beforeCategory.slice(cut)));
  // "Eberhard Fuhr (Pressesprecher)": the role in brackets is not part of the name.
  const name = untilDate(cut >= 0 ? beforeCategory.slice(0, cut) : beforeCategory, cut >= 0).replace(/\s*\([^)]*\)?$/u, '');
  const after = t.slice(label[0].length);
  const userName = !name.includes(' ') && /^[\p{L}_.-]{3,30}$/u.test(name) && onlyWhen(after.slice(after.indexOf(name) + name.length));
  const author = looksLikeName(name) || userName || newsroom(name) ? name : null;
  if (!author) return null;
  let date: string | null = null;
  let source: string | null = null;
  // What followed the name in its part: a source, then a date that may itself hold a comma ("March 5, 2019").
  const rest = tail.filter((p) => !/\p{Nd}/u.test(p));
  const when = tail.slice(tail.findIndex((p) => /\p{Nd}/u.test(p))).join(', ');
  if (tail.some((p) => /\p{Nd}/u.test(p))) date = parseDate(when, { lang });
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

/** True when the line opens on a byline label ("Par", "By", "Von", "Autorin:", "责编：", "Posted in X by"), bracketed or not. */
export function opensWithLabel(line: string): boolean {
  const t = line.replace(OPENING, '');
  return LABEL.test(t) || FILED_BY.test(t);
}

/** A label standing on its own line ("von", "Auteur :"), its name on the next: the layout of a label and a name in two elements. */
function labelAlone(line: string): boolean {
  const m = LABEL.exec(`${line} X`);
  return !!m && m[0].length === line.length + 1;
}

/** The first byline line among the lines, read. */
export function findBylineLine(lines: string[], lang: string | null = null): BylineLine | null {
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    const b = readBylineLine(line, lang) ?? (next && labelAlone(line) && !labelAlone(next) ? readBylineLine(`${line} ${next}`, lang) : null);
    if (b) return b;
  }
  return null;
}

/** Articles open the name of a paper or a company, not a person's: "The Herald", "Le Matin", "Die Welt". */
const ARTICLE = /^(?:the|le|la|les|der|die|das|el|los|las|il|lo|gli)\s/iu;
/** A wire credit under the headline: the agency in capitals and the city it files from ("AFP, MANILA", "MAP, RABAT", "AP/DPA, BERLIN"). */
const WIRE_CREDIT = /^(\p{Lu}{2,8}(?:[/-]\p{Lu}{2,8})?)\s*,\s*\p{Lu}[\p{Lu} .'’-]{1,30}$/u;
/**
 * A wire's dateline opening the text: a place (and a date), the agency in brackets, a dash:
 * "RABAT (MAP) – …", "Tunis, 3 mars (TAP) - …", "WASHINGTON (Reuters) - …", "الرباط (و م ع) - …".
 */
const DATELINE_AGENCY = /^[^()\n]{2,60}?\((\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?|\p{Lu}\p{Ll}{2,15}|[\p{sc=Arabic}][\p{sc=Arabic}. ]{1,15})\)\s*[-–—:]\s/u;

/** The agency named by the dateline that opens the text, or null. */
export function datelineAgency(opening: string | null | undefined): string | null {
  return (opening ? DATELINE_AGENCY.exec(opening)?.[1]?.trim() : null) ?? null;
}

/** A connector between a name and its date on lines of their own ("Kathrin Vogt" / "am" / "26.01.2022"). */
const DATE_CONNECTOR = /^(?:am|le|on|el|il|في|يوم|publié le|published)$/iu;

/**
 * A byline without a label, in the lines right under the headline: a person's name beside a date
 * ("Sehernur Kaya | 05.04.2025", "25.10.2022 - Reiner Nagel") or a name alone on its line with the
 * date on the next (through "am", "le"). The date is what says this is the article's signature, not a
 * caption, a place or a kicker; a name in capitals only (a dateline's city) is not taken. A wire
 * credit ("AFP, MANILA") names the agency.
 */
export function findUnlabelledByline(lines: string[], lang: string | null = null): BylineLine | null {
  // Letters only: "Tags: Weihnachten", "Bild: Agentur/user" are labels; "The Herald" is a paper.
  // Lowercase letters rule out a dateline's city in capitals; Arabic and other caseless scripts have none to show.
  const isName = (s: string): boolean =>
    isPersonName(s) && (/\p{Ll}/u.test(s) || !/[\p{Lu}\p{Ll}]/u.test(s)) && s.length <= 40 && /^[\p{L}\p{M}.'’ -]+$/u.test(s) && !ARTICLE.test(s);
  // The place a dateline opens on, before the name: "Rabat - Khadija Benali | …", "الرباط - خديجة بنعلي | …".
  const isPlace = (s: string): boolean => s.length <= 25 && /^[\p{L}\p{M}'’-]+$/u.test(s);
  const dated = (s: string | undefined): string | null => (s && s.length <= 60 && /\p{Nd}/u.test(s) ? parseDate(s, { lang }) : null);
  for (const [i, line] of lines.slice(0, 4).entries()) {
    if (line.length > 80) continue;
    const wire = WIRE_CREDIT.exec(line);
    if (wire) return { author: wire[1] ?? null, source: null, date: null };
    const parts = line.split(SEPARATORS).map(clean).filter(Boolean);
    if (parts.length >= 2 && parts.length <= 4) {
      const names = parts.filter(isName);
      const date = parts.map(dated).find((d) => d) ?? null;
      if (names.length === 1 && date && parts.every((p, k) => isName(p) || /\p{Nd}/u.test(p) || (k === 0 && isPlace(p)))) return { author: names[0] ?? null, source: null, date };
    }
    if (parts.length === 1 && isName(line)) {
      const next = lines[i + 1] && DATE_CONNECTOR.test(lines[i + 1] ?? '') ? lines[i + 2] : lines[i + 1];
      const date = dated(next);
      if (date) return { author: line, source: null, date };
    }
  }
  return null;
}

const LINE_BREAKS = new Set(['P', 'DIV', 'BR', 'LI', 'TD', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'BLOCKQUOTE', 'CENTER', 'ADDRESS']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION']);

/**
 * Gathers visible text as a reader sees its lines: block elements break lines, scripts and forms
 * are not read, and `skip` leaves out whole parts (comments, teasers). Stops past `maxChars`.
 */
class LineReader {
  readonly lines: string[] = [];
  private current = '';
  private total = 0;

  constructor(
    private readonly maxChars: number,
    private readonly skip: (el: Element) => boolean = () => false,
  ) {}

  get full(): boolean {
    return this.total > this.maxChars;
  }

  flush(): void {
    const t = this.current.replace(/\s+/g, ' ').trim();
    if (t) this.lines.push(t);
    this.total += t.length;
    this.current = '';
  }

  /** Reads one node and what it holds; true once past maxChars. */
  read(n: Node): boolean {
    if (n.nodeType === 3) this.current += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || this.skip(el)) return false;
      const breaks = LINE_BREAKS.has(tag);
      if (breaks) this.flush();
      for (let c = el.firstChild; c; c = c.nextSibling) if (this.full || this.read(c)) return true;
      if (breaks) this.flush();
    }
    return this.full;
  }
}

/** The visible lines that follow `el` in page order, up to `maxChars` of text: where a byline line sits. */
export function linesAfter(el: Element, maxChars = 400): string[] {
  const reader = new LineReader(maxChars);
  // Walk the following siblings of the element and of each of its ancestors, in page order.
  for (let a: Element | null = el; a && !reader.full; a = a.parentElement) {
    for (let s = a.nextSibling; s && !reader.full; s = s.nextSibling) if (reader.read(s)) break;
    reader.flush();
  }
  return reader.lines;
}

/** The visible lines inside `root`, without the parts `skip` leaves out. */
export function linesIn(root: Element, skip: (el: Element) => boolean, maxChars = 200_000): string[] {
  const reader = new LineReader(maxChars, skip);
  reader.read(root);
  reader.flush();
  return reader.lines;
}

/**
 * The lines inside `root` that open on a byline label, found by their text nodes (a walk that builds
 * no text and reads no attribute): each is then read whole, as the line of its block ("Ein Artikel
 * von <b>X</b>"), unless `excluded` says it sits in a part that names others (tested on its ancestors).
 */
export function labelledLinesIn(root: Element, excluded: (el: Element) => boolean, maxLine = 120): string[] {
  const out: string[] = [];
  const outside = (el: Element): boolean => {
    for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (excluded(a)) return true;
    return false;
  };
  const visit = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const v = (n.nodeValue ?? '').trimStart();
        if (!v || !opensWithLabel(`${v.slice(0, 40).trimEnd()} X`) || outside(el)) continue;
        let block: Element = el;
        while (!LINE_BREAKS.has(block.tagName.toUpperCase()) && block.parentElement && block !== root) block = block.parentElement;
        const start = v.slice(0, 20).replace(/\s+/g, ' ').trim();
        // The line from this text on: "纠错 责任编辑：X" is a link, then the label.
        const whole = linesIn(block, excluded, 2000).find((l) => l.includes(start));
        const line = whole?.slice(whole.indexOf(start));
        if (line && line.length <= maxLine && opensWithLabel(line) && !out.includes(line)) out.push(line);
      } else if (n.nodeType === 1 && !SKIP.has((n as Element).tagName.toUpperCase())) visit(n as Element);
    }
  };
  visit(root);
  return out;
}
