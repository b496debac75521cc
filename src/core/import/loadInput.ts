import { readFile, stat } from 'node:fs/promises';
import { RevueError } from '../../shared/errors.js';
import { assertNotBinary, decodeHtml } from '../extract/decodeHtml.js';
import { fetchPage, type FetchPageOptions } from '../fetch/fetchPage.js';
import { feedFormat } from '../feeds/readFeed.js';
import { decodeMhtml, looksLikeMhtml } from './decodeMhtml.js';

/** What an input turned out to be once read: an HTML page or a feed, decoded to text. */
export type LoadedInput =
  | { kind: 'page'; input: string; html: string; url: string | null }
  | { kind: 'feed'; input: string; xml: string; url: string };

/** Files larger than this are not article pages: refused before being read whole. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export function isUrlInput(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^(javascript|data|mailto|file):/i.test(input);
}

/** Reads a page or feed from bytes, with the charset from the header, the BOM or the meta tag. */
export function loadBytes(input: string, bytes: Uint8Array, contentType: string | null, url: string | null): LoadedInput {
  assertNotBinary(bytes, input);
  const { html } = decodeHtml(bytes, contentType);
  if (html.trim().length === 0) throw new RevueError('EMPTY_PAGE', { input });
  if (feedFormat(html) !== null) {
    if (!url) throw new RevueError('INVALID_INPUT', { detail: `${input}: a feed file needs its URL; subscribe by URL` });
    return { kind: 'feed', input, xml: html, url };
  }
  return { kind: 'page', input, html, url };
}

/** A file's bytes as a page or feed: an MHTML file ("Web page, single file") is unpacked to its HTML page first. */
export async function loadFileBytes(name: string, bytes: Uint8Array): Promise<LoadedInput> {
  if (!looksLikeMhtml(name, bytes)) return loadBytes(name, bytes, null, null);
  const { html, url } = await decodeMhtml(name, bytes);
  return { kind: 'page', input: name, html, url };
}

/** Fetches a URL or reads a file, and tells a page from a feed. */
export async function loadInput(input: string, fetchOptions: FetchPageOptions = {}): Promise<LoadedInput> {
  if (isUrlInput(input)) {
    const page = await fetchPage(input, { accept: 'any', ...fetchOptions });
    return loadBytes(input, page.bytes, page.contentType, page.url);
  }
  let size: number;
  try {
    size = (await stat(input)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RevueError('FILE_NOT_FOUND', { file: input });
    throw new RevueError('FILE_UNREADABLE', { file: input, detail: (error as Error).message });
  }
  if (size > MAX_FILE_BYTES) throw new RevueError('FETCH_TOO_LARGE', { maxMB: MAX_FILE_BYTES / 1024 / 1024, url: input });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    throw new RevueError('FILE_UNREADABLE', { file: input, detail: (error as Error).message });
  }
  return loadFileBytes(input, bytes);
}
