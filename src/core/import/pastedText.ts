import type { ExtractedArticle } from '../../shared/article.js';
import { RevueError } from '../../shared/errors.js';
import { detectLanguage } from '../extract/detectLanguage.js';
import { normaliseParagraphs } from '../extract/htmlToText.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A pasted text as an article: its first line is the title, the rest the body. */
export function articleFromPastedText(pasted: string, url: string | null = null): ExtractedArticle {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n');
  const titleIndex = lines.findIndex((line) => line.trim().length > 0);
  if (titleIndex < 0) throw new RevueError('EMPTY_PAGE', { input: 'texte collé' });
  const title = (lines[titleIndex] ?? '').trim();
  // Pasted text often has single newlines between paragraphs: each non-empty line is one.
  const text = normaliseParagraphs(lines.slice(titleIndex + 1).join('\n\n'));
  const body = text.length > 0 ? text : title;
  const { lang, dir } = detectLanguage(`${title}\n${body}`);
  const html = body
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
  return { title, byline: null, siteName: null, publishedTime: null, lang, dir, text: body, html, url };
}
