import { parseHTML } from 'linkedom';
import type { ExtractedArticle } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { PUBLISHED_HINT, isAggregatorNoise } from '../extract/aggregatorPattern.js';
import { assertReadable } from '../extract/assertReadable.js';
import { detectLanguage } from '../extract/detectLanguage.js';
import { htmlToText, normaliseParagraphs } from '../extract/htmlToText.js';
import { matchAggregator } from '../extract/matchAggregator.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function asParagraphs(text: string): string {
  return text
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
}

/**
 * Text copied from a press-digest page keeps the page's structure as lines: a ticker, the headline,
 * the "Publié dans X le …" line, the body, the "read it at its source" line. The lines become a
 * page of paragraphs and go through the same structural matcher as HTML pages.
 */
function pastedAggregator(lines: string[], url: string | null): ExtractedArticle | null {
  const text = lines.join('\n');
  if (!PUBLISHED_HINT.test(text)) return null;
  const page = `<!DOCTYPE html><html><body>${asParagraphs(normaliseParagraphs(text))}</body></html>`;
  const doc = parseHTML(page).document as unknown as Document;
  const match = matchAggregator(doc, { baseUrl: url });
  if (!match?.title) return null;
  const body = htmlToText(match.body, (l) => !isAggregatorNoise(l));
  if (!/[\p{L}\p{N}]/u.test(body)) return null;
  const { lang, dir } = detectLanguage(`${match.title}\n${body}`);
  return { title: match.title, byline: null, siteName: match.source, publishedTime: match.publishedTime, lang, dir, text: body, html: asParagraphs(body), url };
}

/** Longest first line taken whole as a title; a longer one is a paragraph, not a title. */
const MAX_TITLE = 200;

/**
 * The title a first line gives: the line itself when short, else its first sentence when that is
 * short, else its first words up to a word boundary, with "…". `whole` says the line was a title.
 */
export function titleOfFirstLine(line: string): { title: string; whole: boolean } {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_TITLE) return { title: text, whole: true };
  const sentence = /^(.{20,200}?[.!?؟])(?:\s|$)/u.exec(text)?.[1];
  if (sentence) return { title: sentence, whole: false };
  const head = text.slice(0, 120);
  return { title: `${head.slice(0, Math.max(head.lastIndexOf(' '), 60)).trim()}…`, whole: false };
}

/**
 * A pasted text as an article: its first line is the title (cut to a short one when it is a
 * paragraph, which then stays in the body), the rest the body; a press digest's source and date
 * when it has them. A text that is only a title is refused (TEXT_TITLE_ONLY).
 */
export function articleFromPastedText(pasted: string, url: string | null = null): ExtractedArticle {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n');
  const titleIndex = lines.findIndex((line) => line.trim().length > 0);
  if (titleIndex < 0) throw new RevueError('EMPTY_PAGE', { input: 'texte collé' });
  assertReadable(pasted, 'texte collé', detectLanguage(pasted).lang);
  const digest = pastedAggregator(lines, url);
  if (digest) return digest;
  const { title, whole } = titleOfFirstLine(lines[titleIndex] ?? '');
  // Pasted text often has single newlines between paragraphs: each non-empty line is one. A first
  // line too long to be a title is the first paragraph: nothing of it is lost.
  const body = normaliseParagraphs(lines.slice(whole ? titleIndex + 1 : titleIndex).join('\n\n'));
  if (body.length === 0) throw new RevueError('TEXT_TITLE_ONLY', { title });
  const { lang, dir } = detectLanguage(`${title}\n${body}`);
  return { title, byline: null, siteName: null, publishedTime: null, lang, dir, text: body, html: asParagraphs(body), url };
}
