import { describe, expect, it } from 'vitest';
import { ERROR_CODES, formatErrorMessage } from '../../../src/shared/errors';
import { fr } from '../../../src/shared/i18n/fr';

/** Every message of a catalogue, with its key. */
function messages(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([key, value]) => messages(value, path ? `${path}.${key}` : key));
  return [];
}

/**
 * What French typography forbids: a plain space before : ; ? ! or inside « », a straight apostrophe
 * between letters. Code in backquotes (a JSON shape in the CLI's help) is not prose.
 */
function faults(prose: string): string[] {
  const text = prose.replace(/`[^`]*`/g, '`code`');
  const found: string[] = [];
  if (/ [:;?!]/.test(text)) found.push('plain space before : ; ? !');
  if (/« | »/.test(text)) found.push('plain space inside « »');
  if (/\p{L}'\p{L}/u.test(text)) found.push('straight apostrophe');
  if (/[^\s\u00A0\u202F(«{][:;?!](?:\s|$)/u.test(text.replace(/\{\{[^}]*\}\}/g, 'x').replace(/https?:\/\/\S+/g, ''))) {
    // "Rubriques: x" without any space before the colon.
    if (/\p{L}[:;?!]\s/u.test(text)) found.push('no space before : ; ? !');
  }
  return found;
}

describe('French typography of the UI and its messages', () => {
  it('puts no-break spaces before : ; ? ! and inside guillemets, and curly apostrophes, in every UI message', () => {
    const wrong = messages(fr).flatMap(([key, text]) => faults(text).map((fault) => `${key}: ${fault} — ${text}`));
    expect(wrong).toEqual([]);
  });

  it('does the same in every error message', () => {
    const wrong = ERROR_CODES.flatMap((code) => {
      const text = formatErrorMessage(code, {}, 'fr');
      return faults(text).map((fault) => `${code}: ${fault} — ${text}`);
    });
    expect(wrong).toEqual([]);
  });
});
