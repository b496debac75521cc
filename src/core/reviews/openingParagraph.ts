/** The longest chapeau taken from an article's text; longer openings are cut at a sentence. */
const MAX_CHARS = 600;
/** Shorter first lines (a kicker, a dateline, a caption) are not the opening paragraph. */
const MIN_CHARS = 80;

/**
 * The opening paragraph of an article's text, as a chapeau: the first paragraph long enough to
 * be one, cut after the last full sentence that fits in MAX_CHARS (or at a word, with "…").
 * Empty when the text has none.
 */
export function openingParagraph(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const opening = paragraphs.find((p) => p.length >= MIN_CHARS) ?? paragraphs[0] ?? '';
  if (opening.length <= MAX_CHARS) return opening;
  const head = opening.slice(0, MAX_CHARS);
  const sentenceEnd = Math.max(...['. ', '! ', '? ', '。', '؟ '].map((mark) => head.lastIndexOf(mark)));
  if (sentenceEnd >= MIN_CHARS) return head.slice(0, sentenceEnd + 1).trim();
  return `${head.slice(0, head.lastIndexOf(' ')).trim()}…`;
}
