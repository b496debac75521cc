/**
 * Readability keeps what sits inside the article container, and many templates put the page's
 * furniture there too: a "Related" or "Comments" block after the body, photo credits and share
 * buttons between paragraphs. These are recognised by their wording, line by line.
 */

/** Headings that open the end matter of an article: nothing after them is body text. */
const END_MARKERS = [
  /^(?:you (?:may|might) also like|related(?: (?:articles|stories|topics|posts|content))?|recent articles|latest news|more (?:stories|news)|recommended(?: for you)?|popular this week|tags|comments?|leave a (?:comment|reply))\s*[:.…]*$/iu,
  /^(?:mehr zum thema|das könnte sie auch interessieren|weitere artikel|kommentare|schlagwörter(?: zu diesem artikel)?)\s*:?$/iu,
  /^(?:sur le même sujet|commentaires|articles similaires|dans la même rubrique)\s*:?$/iu,
  /^(?:commenti|comentarios|relacionados?)\s*:?$/iu,
  /^(?:مواضيع ذات صلة|أخبار ذات صلة|التعليقات)\s*:?$/u,
  /^\d+\s+(?:comments?|kommentare|commentaires|commenti|comentarios)$/iu,
];

/** Teasers set inside the body ("Read next", "À lire aussi"): the label and the one headline it links. */
const TEASER_MARKERS = [
  /^(?:read (?:more|next|also)|see also|don'?t miss|lesen sie auch|auch interessant|lire aussi|à lire aussi|voir aussi|leggi anche|te puede interesar|lee también|اقرأ أيضا|اقرأ أيضاً)\s*[:.…]*$/iu,
];
/** A teaser's headline is one short line. */
const MAX_TEASER_CHARS = 160;

/** Lines that label an image or a button rather than say anything. */
const FURNITURE = [
  /^(?:photo|foto|bild|image|credit|crédit|legende|légende|caption|getty images|placeholder image-\d+)s?\s*(?:\(s\))?\s*:?\s*$/iu,
  /^(?:photo|foto|bild|credit|crédit|crédit photo|fotos?\(s\))\s*:\s*\S.{0,80}$/iu,
  /^image \d+ (?:of|\/) \d+$/iu,
  /^(?:share|tweet|teilen|partager|condividi|compartir|close|schließen|fermer|publicidad|advertisement|anzeige|publicité)$/iu,
];

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
    if (seen >= total / 2 && p.length <= MAX_MARKER_CHARS && END_MARKERS.some((r) => r.test(p))) {
      end = i;
      break;
    }
    seen += words(p);
  }
  const kept: string[] = [];
  for (let i = 0; i < end; i++) {
    const p = paragraphs[i] ?? '';
    if (p.length <= MAX_MARKER_CHARS && TEASER_MARKERS.some((r) => r.test(p))) {
      if ((paragraphs[i + 1] ?? '').length <= MAX_TEASER_CHARS) i++;
      continue;
    }
    if (!(p.length <= 100 && FURNITURE.some((r) => r.test(p)))) kept.push(p);
  }
  return kept.length ? kept.join('\n\n') : text;
}
