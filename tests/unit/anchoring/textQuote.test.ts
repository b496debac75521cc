import { describe, expect, it } from 'vitest';
import { anchorQuote, describeQuote, quoteAnchorer } from '../../../src/shared/anchoring/textQuote';

const TEXT =
  'Le gouvernement a présenté jeudi son projet de loi. Les syndicats ont protesté.\n\n' +
  'Le gouvernement a présenté vendredi un second texte. Les syndicats ont applaudi.';

/** The passage of text a range covers. */
function sliceOf(text: string, range: { start: number; end: number } | null): string | null {
  return range ? text.slice(range.start, range.end) : null;
}

describe('describeQuote', () => {
  it('keeps the quote and up to 32 characters of context on each side', () => {
    const start = TEXT.indexOf('projet de loi');
    const selector = describeQuote(TEXT, start, start + 'projet de loi'.length);
    expect(selector.exact).toBe('projet de loi');
    expect(selector.prefix).toBe(TEXT.slice(start - 32, start));
    expect(selector.suffix).toBe(TEXT.slice(start + 13, start + 13 + 32));
  });

  it('gives short or empty context at the very start and end of the text', () => {
    expect(describeQuote('Bonjour le monde', 0, 7, 5)).toEqual({ exact: 'Bonjour', prefix: '', suffix: ' le m' });
    expect(describeQuote('Bonjour le monde', 11, 16, 5)).toEqual({ exact: 'monde', prefix: 'r le ', suffix: '' });
  });

  it('accepts a range given backwards or past the end', () => {
    expect(describeQuote('abcdef', 4, 2, 1)).toEqual({ exact: 'cd', prefix: 'b', suffix: 'e' });
    expect(describeQuote('abcdef', 4, 99, 2)).toEqual({ exact: 'ef', prefix: 'cd', suffix: '' });
  });

  it('never cuts an emoji in half at the edge of the context', () => {
    const text = 'x😀abc';
    // 😀 is two code units (1 and 2); a one-character prefix would start on its second half.
    expect(describeQuote(text, 3, 6, 1).prefix).toBe('😀');
    expect(describeQuote('ab😀y', 0, 2, 1).suffix).toBe('😀');
  });
});

describe('anchorQuote', () => {
  it('finds a quote taken with describeQuote at its original place', () => {
    const start = TEXT.indexOf('projet de loi');
    const selector = describeQuote(TEXT, start, start + 13);
    expect(anchorQuote(TEXT, selector)).toEqual({ start, end: start + 13 });
  });

  it('chooses between repeated quotes by their context', () => {
    const first = TEXT.indexOf('Les syndicats ont');
    const second = TEXT.lastIndexOf('Les syndicats ont');
    expect(first).not.toBe(second);
    const fromSecond = describeQuote(TEXT, second, second + 'Les syndicats ont'.length);
    expect(anchorQuote(TEXT, fromSecond)).toEqual({ start: second, end: second + 17 });
    const fromFirst = describeQuote(TEXT, first, first + 'Les syndicats ont'.length);
    expect(anchorQuote(TEXT, fromFirst)).toEqual({ start: first, end: first + 17 });
  });

  it('uses the suffix alone when the prefix is empty, and the prefix alone when the suffix is', () => {
    const text = 'le chat dort. le chat mange.';
    expect(anchorQuote(text, { exact: 'le chat', prefix: '', suffix: ' mange' })).toEqual({ start: 14, end: 21 });
    expect(anchorQuote(text, { exact: 'chat', prefix: '. le ', suffix: '' })).toEqual({ start: 17, end: 21 });
  });

  it('prefers the occurrence whose context matches best when none matches fully', () => {
    const text = 'A: le vote aura lieu. B: le vote est reporté.';
    // The context was edited since (« est » → « sera »), but still points to the second occurrence.
    const range = anchorQuote(text, { exact: 'le vote', prefix: 'B: ', suffix: ' sera reporté' });
    expect(range).toEqual({ start: text.lastIndexOf('le vote'), end: text.lastIndexOf('le vote') + 7 });
  });

  it('falls back to the first occurrence when the context says nothing', () => {
    expect(anchorQuote('un, deux, un, trois', { exact: 'un', prefix: '', suffix: '' })).toEqual({ start: 0, end: 2 });
  });

  it('finds the quote when the text has other whitespace (newlines, several spaces, NBSP)', () => {
    const text = 'Le président\u00a0a déclaré :\n\n« Nous   tiendrons\nbon » devant la presse.';
    const range = anchorQuote(text, { exact: 'a déclaré : « Nous tiendrons bon »', prefix: 'Le président ', suffix: ' devant' });
    expect(sliceOf(text, range)).toBe('a déclaré :\n\n« Nous   tiendrons\nbon »');
  });

  it('finds a quote whose own whitespace differs from the text, and ignores its edge whitespace', () => {
    const text = 'première phrase. deuxième phrase.';
    const range = anchorQuote(text, { exact: '  deuxième\n\nphrase ', prefix: 'première phrase.', suffix: '' });
    expect(sliceOf(text, range)).toBe('deuxième phrase');
  });

  it('maps offsets back to the original text past collapsed whitespace', () => {
    const text = 'a\n\n\n\nb    c  d';
    expect(anchorQuote(text, { exact: 'c d', prefix: 'b ', suffix: '' })).toEqual({ start: 10, end: 14 });
  });

  it('anchors Arabic text, with repeats and changed whitespace', () => {
    const text = 'قال الوزير إن الحكومة ستدعم المشروع.\nوقال الوزير إن الحكومة لن تتراجع.';
    const second = text.lastIndexOf('الوزير إن الحكومة');
    const selector = describeQuote(text, second, second + 'الوزير إن الحكومة'.length, 10);
    expect(anchorQuote(text, selector)).toEqual({ start: second, end: second + 17 });
    const respaced = text.replace(/ /g, '  ').replace('\n', '\n\n');
    const range = anchorQuote(respaced, selector);
    expect(sliceOf(respaced, range)).toBe('الوزير  إن  الحكومة');
    expect(range?.start).toBe(respaced.lastIndexOf('الوزير'));
  });

  it('anchors quotes at the very start and the very end of the text', () => {
    const text = 'Début du texte, milieu, fin du texte';
    expect(anchorQuote(text, describeQuote(text, 0, 5))).toEqual({ start: 0, end: 5 });
    expect(anchorQuote(text, describeQuote(text, text.length - 3, text.length))).toEqual({
      start: text.length - 3,
      end: text.length,
    });
  });

  it('answers null when the quote is not in the text, or is only whitespace', () => {
    expect(anchorQuote(TEXT, { exact: 'réforme des retraites', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote(TEXT, { exact: ' \n ', prefix: '', suffix: '' })).toBeNull();
    expect(anchorQuote('', { exact: 'x', prefix: '', suffix: '' })).toBeNull();
  });

  it('anchors many quotes in one prepared text', () => {
    const anchor = quoteAnchorer(TEXT);
    expect(sliceOf(TEXT, anchor({ exact: 'jeudi', prefix: '', suffix: '' }))).toBe('jeudi');
    expect(sliceOf(TEXT, anchor({ exact: 'vendredi', prefix: '', suffix: '' }))).toBe('vendredi');
  });
});
