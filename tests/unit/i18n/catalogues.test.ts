import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, formatErrorMessage, NOT_FOUND_KINDS, notFound } from '../../../src/shared/errors';
import { en } from '../../../src/shared/i18n/en';
import { fr } from '../../../src/shared/i18n/fr';

/** Every message of a catalogue by its dotted key. */
function leaves(tree: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof tree === 'string') found.set(path, tree);
  else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) for (const [k, v] of leaves(value, path ? `${path}.${key}` : key)) found.set(k, v);
  }
  return found;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the message catalogues, one per language', () => {
  const french = leaves(fr);
  const english = leaves(en);

  it('have the same keys: every French message has its English one, and the reverse', () => {
    expect([...french.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !french.has(key))).toEqual([]);
    // The UI, the errors, the documents, the desktop shell and the CLI are all in them.
    for (const part of ['errorCodes.', 'notFoundKinds.', 'documents.', 'desktop.menu.', 'cli.program.', 'cli.export.']) {
      expect([...french.keys()].some((key) => key.startsWith(part)), part).toBe(true);
    }
  });

  it('hold every key the renderer names (i18n.t takes any string: a wrong key would show as itself)', () => {
    const renderer = join(import.meta.dirname, '..', '..', '..', 'src', 'renderer', 'src');
    const files = readdirSync(renderer, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(svelte|ts)$/.test(file));
    const named = files.flatMap((file) => [...readFileSync(join(renderer, file), 'utf8').matchAll(/\bi18n\.t\(\s*'([\w.]+)'/g)].map((m) => `${file}: ${m[1] ?? ''}`));
    expect(named.length).toBeGreaterThan(300);
    const known = (key: string): boolean => french.has(key) || [...french.keys()].some((k) => k.startsWith(`${key}_`));
    expect(named.filter((entry) => !known(entry.split(': ')[1] ?? ''))).toEqual([]);
  });

  it('fill in the same values in both languages', () => {
    const differing = [...french].flatMap(([key, text]) => {
      const other = english.get(key) ?? '';
      return placeholders(text).join() === placeholders(other).join() ? [] : [`${key}: ${text} / ${other}`];
    });
    expect(differing).toEqual([]);
  });

  it('keep French punctuation out of English: no guillemets, no space before a colon', () => {
    const wrong = [...english].filter(([, text]) => /[«»]|[\u00A0\u202F][:;?!]/.test(text)).map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('give every error code and every kind of missing thing a message in each language', () => {
    for (const code of ERROR_CODES) {
      expect(formatErrorMessage(code, {}, 'fr')).not.toBe('');
      expect(formatErrorMessage(code, {}, 'en')).not.toBe('');
    }
    for (const kind of NOT_FOUND_KINDS) {
      const { code, params } = notFound(kind, 7);
      expect(formatErrorMessage(code, params, 'fr')).toBe(`Introuvable\u00A0: ${fr.notFoundKinds[kind]} 7`);
      expect(formatErrorMessage(code, params, 'en')).toBe(`Not found: ${en.notFoundKinds[kind]} 7`);
    }
  });
});
