/**
 * Dates that the page's visible text labels: "Publié le 3 mars 2024", "Erschienen am: 01.11.2023",
 * "Submitted by Anna on 24 July 2017", "Last updated: 14.01.2022". The label says which date it is,
 * where a bare date in the page may be a comment's, a teaser's or today's.
 */

/** What may follow a label: a date's digits, or a weekday or month name and then digits ("Mon, 3", "May 10"). */
const DATE_AHEAD = '(?=\\d|\\p{L}{2,}\\.?,?\\s+\\d)';

/** Words that say the date after them is the publication date, not an update or an event. */
const PUBLISHED_LABEL = new RegExp(
  '(?:published(?: on)?|posted(?: on)?|publication date|date of publication|publié(?:e)? le|paru le|mis en ligne le|date de publication|' +
    'erschienen am|veröffentlicht am|erstellt am|publicado el|fecha de publicación|pubblicato il|' +
    'ن[\\u064f]?شر(?:ت)? (?:في|بتاريخ|يوم)|تاريخ النشر)\\s*:?\\s*' +
    DATE_AHEAD,
  'giu',
);

/**
 * "Submitted by X on …" (Drupal), "Posted by X on …", "Gespeichert von X am …", "Publié par X le …",
 * "نشر بواسطة X في …": a publishing verb, the writer, then the date.
 */
const BY_THEN_DATE = new RegExp(
  '(?:submitted|posted|published|written|gespeichert|geschrieben|verfasst|eingestellt|veröffentlicht|publié|posté|écrit|rédigé|' +
    'publicado|escrito|pubblicato|scritto)\\s+(?:by|von|par|por|da)\\s+[^\\d|]{1,60}?\\s+(?:on|am|le|el|il)\\s+' +
    DATE_AHEAD +
    '|(?:ن[\\u064f]?شر|كتب)\\s+(?:بواسطة|من طرف)\\s+[^\\d|]{1,60}?\\s+(?:في|يوم)\\s+(?=\\d|\\p{L}{2,}\\s+\\d)',
  'giu',
);

/** Words that say the date after them is the last change, which is all some pages give. */
const UPDATED_LABEL = new RegExp(
  '(?:last (?:updated|modified|edited|changed)(?: on)?|updated(?: on)?|' +
    'mis à jour le|dernière (?:mise à jour|modification)(?: le)?|modifié le|' +
    'letzte änderung(?: am)?|zuletzt (?:aktualisiert|geändert|bearbeitet)?\\s*(?:am)?|aktualisiert am|stand:|' +
    'actualizado el|última actualización|ultimo aggiornamento|آخر تحديث|تم التحديث في|تاريخ التحديث)\\s*:?\\s*' +
    DATE_AHEAD,
  'giu',
);

/** How much text after a label parseDate reads: a date and its time, not the next sentence's. */
const WINDOW = 40;
const MAX = 3;

function after(text: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(pattern)) {
    out.push(text.slice(m.index + m[0].length, m.index + m[0].length + WINDOW));
    if (out.length >= MAX) break;
  }
  return out;
}

/** The page's visible text on one line; linkedom's body getter throws on a document without a root element. */
function pageText(doc: Document): string {
  return ((doc.documentElement as Element | null) ? doc.body?.textContent ?? '' : '').replace(/\s+/g, ' ');
}

export interface LabelledDates {
  /** Texts that start with a date labelled as the publication date, in page order. */
  published: string[];
  /** Texts that start with a date labelled as the last update: a last resort. */
  updated: string[];
}

/** The labelled dates of a page's visible text, as raw strings for parseDate. */
export function labelledDates(doc: Document): LabelledDates {
  const text = pageText(doc);
  const published = [...after(text, PUBLISHED_LABEL), ...after(text, BY_THEN_DATE)];
  return { published, updated: after(text, UPDATED_LABEL) };
}
