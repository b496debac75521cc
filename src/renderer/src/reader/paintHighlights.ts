import { quoteAnchorer } from '../../../shared/anchoring/textQuote';
import type { Highlight } from '../../../shared/domain';

/** Character offsets in the container's textContent. */
export interface TextOffsets {
  start: number;
  end: number;
}

/** Where a DOM range starts and ends in the container's textContent, or null if it lies outside. */
export function rangeOffsets(container: Node, range: Range): TextOffsets | null {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

function textNodes(container: Node): Text[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Wraps the text between two offsets in <mark> elements, one per text node crossed, so a
 * passage that runs over several paragraphs or a link stays valid HTML.
 */
export function wrapOffsets(container: Node, offsets: TextOffsets, makeMark: () => HTMLElement): HTMLElement[] {
  const marks: HTMLElement[] = [];
  let position = 0;
  for (const node of textNodes(container)) {
    const length = node.data.length;
    const nodeStart = position;
    position += length;
    if (position <= offsets.start) continue;
    if (nodeStart >= offsets.end) break;
    const from = Math.max(0, offsets.start - nodeStart);
    const to = Math.min(length, offsets.end - nodeStart);
    if (node.data.slice(from, to).trim() === '') continue;
    let piece = node;
    if (from > 0) piece = piece.splitText(from);
    if (to - from < piece.data.length) piece.splitText(to - from);
    const mark = makeMark();
    piece.before(mark);
    mark.append(piece);
    marks.push(mark);
  }
  return marks;
}

/**
 * A highlight with a note ends on a marker (drawn by CSS after its last piece); that piece takes
 * focus, so the note shows on hover and on focus, and screen readers hear it as a description.
 */
function markNote(mark: HTMLElement, note: string): void {
  mark.classList.add('hl-noted');
  mark.dataset.note = note;
  mark.tabIndex = 0;
  mark.setAttribute('aria-description', note);
}

/** Takes every painted highlight out again, leaving the text as it was. */
export function unpaint(container: HTMLElement): void {
  for (const mark of container.querySelectorAll('mark.hl')) mark.replaceWith(...mark.childNodes);
  container.normalize();
}

/**
 * Anchors each highlight in the container's text (its quote and context) and paints it.
 * Returns the ids that could not be found, e.g. after the text was edited.
 */
export function paint(container: HTMLElement, highlights: readonly Highlight[]): Set<number> {
  unpaint(container);
  const anchor = quoteAnchorer(container.textContent ?? '');
  const lost = new Set<number>();
  for (const highlight of highlights) {
    const range = anchor(highlight);
    if (!range) {
      lost.add(highlight.id);
      continue;
    }
    const marks = wrapOffsets(container, range, () => {
      const mark = document.createElement('mark');
      mark.className = `hl hl-${highlight.color}`;
      mark.dataset.highlightId = String(highlight.id);
      return mark;
    });
    const last = marks[marks.length - 1];
    if (highlight.note && last) markNote(last, highlight.note);
  }
  return lost;
}
