import { READ_ALSO_ALONE, isPaywallEnd } from './noiseLines.js';
import { END_MARKERS } from './sectionMarkers.js';

/**
 * Readability keeps what sits inside the article container, and many templates put the page's
 * furniture there too: a "Related" or "Comments" block after the body, photo credits and share
 * buttons between paragraphs. These are recognised by their wording, line by line.
 */

/** Teasers set inside the body ("Read next", "À lire aussi"): the label and the one headline it links. */
const TEASER_MARKERS = [
  /^(?:read (?:more|next|also)|see also|don'?t miss|lesen sie auch|auch interessant|lire aussi|à lire aussi|voir aussi|leggi anche|te puede interesar|lee también|اقرأ أيضا|اقرأ أيضاً)\s*[:.…]*$/iu,
];
/** The label and the headline on one line ("Related: The ferries' winter", "SEE MORE: …"). */
const INLINE_TEASER = /^(?:related|see more|see also|read more|read also|read next|more|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema)\s*:\s*\S.{0,150}$/iu;
/** A teaser's headline is one short line. */
const MAX_TEASER_CHARS = 160;

/** Lines that label an image or a button rather than say anything. */
const FURNITURE = [
  /^(?:photo|foto|bild|image|credit|crédit|legende|légende|caption|getty images|placeholder image-\d+)s?\s*(?:\(s\))?\s*:?\s*$/iu,
  /^(?:photo|foto|bild|credit|crédit|crédit photo|fotos?\(s\))\s*:\s*\S.{0,80}$/iu,
  /^image \d+ (?:of|\/) \d+$/iu,
  // Picture credits: "© Jane Doe", "(Image credit: Harbour Press)", "… (Image: Getty)".
  /^©\s*\S.{0,60}$/u,
  /^\(?(?:image|photo|picture)(?: credit)?s?\s*:[^)]{0,80}\)?$/iu,
  /\((?:image|photo|picture)(?: credit)?s?\s*:[^)]{0,60}\)$/iu,
  // Datelines and reading times that the metadata already holds.
  /^\|?\s*(?:published|updated|posted|publié(?: le)?|mis à jour(?: le)?|veröffentlicht(?: am)?|aktualisiert(?: am)?)\s*:?\s*(?:on|at|le|am)?\s*\d.{0,50}$/iu,
  /^\d+\s*(?:min(?:ute)?s?\.?\s*(?:read|lesezeit|de lecture)|minuten? lesezeit)$/iu,
  /^(?:share|tweet|teilen|partager|condividi|compartir|close|schließen|fermer|publicidad|advertisement|anzeige|publicité)$/iu,
];

/**
 * The article printed twice (once for mobile, once for desktop) shows as its opening run of long
 * paragraphs repeated further down. Only the opening counts: a recipe or a plan repeats its own
 * lines on purpose, day after day.
 */
const MIN_REPEAT_CHARS = 80;
const MIN_REPEAT_RUN = 2;

/** Indices of the paragraphs that repeat, in order, the opening of the text. */
function repeatedOpening(paragraphs: string[]): Set<number> {
  const copies = new Set<number>();
  const start = paragraphs.findIndex((p) => p.length >= MIN_REPEAT_CHARS);
  if (start < 0) return copies;
  const again = paragraphs.indexOf(paragraphs[start] ?? '', start + 1);
  if (again < 0) return copies;
  const shift = again - start;
  let long = 0;
  for (let i = again; i < paragraphs.length && i - shift < again && paragraphs[i] === paragraphs[i - shift]; i++) {
    copies.add(i);
    if ((paragraphs[i] ?? '').length >= MIN_REPEAT_CHARS) long++;
  }
  return long >= MIN_REPEAT_RUN ? copies : new Set();
}

/**
 * A line printed three times or more in a row (a gallery's caption under each picture) is the
 * page's furniture: the whole run goes. Lines a plan or a recipe repeats on purpose come between
 * other lines, day after day, and stay.
 */
const MIN_FURNITURE_CHARS = 40;
const FURNITURE_COPIES = 3;

/** Indices of the paragraphs in runs of one line repeated. */
function repeatedRuns(paragraphs: string[]): Set<number> {
  const runs = new Set<number>();
  for (let i = 0; i < paragraphs.length; ) {
    let j = i + 1;
    while (j < paragraphs.length && paragraphs[j] === paragraphs[i]) j++;
    const p = paragraphs[i] ?? '';
    if (j - i >= FURNITURE_COPIES && p.length >= MIN_FURNITURE_CHARS && p.length <= 300) for (let k = i; k < j; k++) runs.add(k);
    i = j;
  }
  return runs;
}

/** Marker lines are short; a long line that starts the same way is body text. */
const MAX_MARKER_CHARS = 60;

function words(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * The article text without its end matter (everything from a "Related"/"Comments" heading on,
 * once most of the body has passed) and without image credits and button labels.
 */
export function trimBoilerplate(text: string): string {
  const paragraphs = text.split('\n\n');
  const total = words(text);
  let seen = 0;
  let end = paragraphs.length;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? '';
    // Only past half of the text: a heading near the top is more likely the site's menu than the article's end.
    // A paywall's notice ends the article wherever it stands, once some text has been shown.
    if ((seen > 0 && p.length <= 200 && isPaywallEnd(p)) || (seen >= total / 2 && p.length <= MAX_MARKER_CHARS && END_MARKERS.some((r) => r.test(p)))) {
      end = i;
      break;
    }
    seen += words(p);
  }
  const kept: string[] = [];
  const copies = repeatedOpening(paragraphs.slice(0, end));
  const repeated = repeatedRuns(paragraphs.slice(0, end));
  for (let i = 0; i < end; i++) {
    const p = paragraphs[i] ?? '';
    if (copies.has(i) || repeated.has(i)) continue;
    if (p.length <= MAX_TEASER_CHARS + 20 && INLINE_TEASER.test(p)) continue;
    if (p.length <= MAX_MARKER_CHARS && (READ_ALSO_ALONE.test(p) || TEASER_MARKERS.some((r) => r.test(p)))) {
      if ((paragraphs[i + 1] ?? '').length <= MAX_TEASER_CHARS) i++;
      continue;
    }
    if (!(p.length <= 140 && FURNITURE.some((r) => r.test(p)))) kept.push(p);
  }
  return kept.length ? kept.join('\n\n') : text;
}
