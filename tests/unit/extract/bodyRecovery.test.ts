import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../src/core/extract/extractArticle.js';
import { htmlToText } from '../../../src/core/extract/htmlToText.js';
import { largestTextBlock, notePageBlocks, recoverSplitBody } from '../../../src/core/extract/recoverSplitBody.js';
import { fixture } from './fixtures.js';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('an article split across sibling boxes', () => {
  it('puts back the paragraphs and headings of the boxes next to the chosen one, in page order', () => {
    const d = doc(fixture('split-body.html'));
    const page = notePageBlocks(d);
    // What Readability does when it keeps one box only: moves it into a fresh container.
    const content = d.createElement('div');
    const boxes = d.querySelectorAll('.mod');
    content.appendChild(boxes[2] as Element);
    expect(recoverSplitBody(page, content)).toBe(true);
    const text = htmlToText(content);
    expect(text.indexOf('After two winters')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('A timetable for the whole year')).toBeGreaterThan(text.indexOf('After two winters'));
    expect(text.indexOf('The harbour master')).toBeGreaterThan(text.indexOf('A timetable'));
    expect(text).not.toContain('Related:');
  });

  it('leaves the content alone when the left-behind text is a box of another kind', () => {
    const d = doc(fixture('split-body.html'));
    const page = notePageBlocks(d);
    const content = d.createElement('div');
    for (const box of Array.from(d.querySelectorAll('.mod'))) content.appendChild(box);
    expect(recoverSplitBody(page, content)).toBe(false);
  });

  it('extracts every paragraph of the split article', () => {
    const { text } = extractArticle(fixture('split-body.html'));
    for (const start of ['After two winters', 'The council had voted', 'The new timetable', 'A small ceremony']) expect(text).toContain(start);
  });
});

describe('pages that Readability cannot read', () => {
  it('reads a page whose server printed warnings before the document', () => {
    const article = extractArticle(fixture('server-warning.html'));
    expect(article.title).toBe('Spring at the allotments');
    expect(article.text).toContain('The waiting list is shorter');
    expect(article.text).not.toContain('Warning');
  });

  it('falls back to the box with the most paragraph text, and to nothing on a page without text', () => {
    const d = doc(fixture('server-warning.html').replace(/^[\s\S]*?(?=<!DOCTYPE)/, ''));
    expect(largestTextBlock(notePageBlocks(d))?.getAttribute('class')).toBe('entry');
    expect(largestTextBlock(notePageBlocks(doc('<html><body><p>Loading…</p></body></html>')))).toBeNull();
  });
});

describe('captions', () => {
  it('leaves out a caption in the middle of the article but keeps the lead picture\'s', () => {
    const d = doc('<html><body><div id="a"><figure><figcaption>The quay at dawn</figcaption></figure><p>First paragraph.</p><figure><figcaption>The ferry in 1921</figcaption></figure><p>Second paragraph.</p></div></body></html>');
    expect(htmlToText(d.getElementById('a') as Element)).toBe('The quay at dawn\n\nFirst paragraph.\n\nSecond paragraph.');
  });
});
