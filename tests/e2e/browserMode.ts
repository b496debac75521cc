import type { APIRequestContext } from '@playwright/test';
import type { Input, Method, Output, Result } from '../../src/shared/contract';
import type { ImportOutcome } from '../../src/shared/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveRevue } from '../support/serveRevue.js';

export interface BrowserMode {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  /** One call of the contract over HTTP with the launch token, as the UI's client makes it; throws on failure. */
  api<M extends Method>(request: APIRequestContext, method: M, input: Input<M>): Promise<Output<M>>;
  /** Imports each text as an article (first line: its title) and adds them all to the review of `date`. */
  reviewOfTexts(request: APIRequestContext, date: string, texts: string[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `revue serve` on a free port over a fresh archive file, as a user would; `prepare` may
 * write that file first (an archive of an earlier Revue).
 */
export async function startBrowserMode(options: { prepare?: (dbPath: string) => void } = {}): Promise<BrowserMode> {
  const dir = mkdtempSync(join(tmpdir(), 'revue-e2e-'));
  const dbPath = join(dir, 'revue.sqlite');
  options.prepare?.(dbPath);
  const served = await serveRevue({ dbPath });
  const { url } = served;
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const api = async <M extends Method>(request: APIRequestContext, method: M, input: Input<M>): Promise<Output<M>> => {
    const response = await request.post(`${parsed.origin}/api/${method}`, { data: input, headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok()) throw new Error(`${method}: HTTP ${response.status()} ${await response.text()}`);
    const result = (await response.json()) as Result<Output<M>>;
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  return {
    url,
    origin: parsed.origin,
    token,
    dbPath,
    api,
    reviewOfTexts: (request, date, texts) => reviewOfTexts((method, input) => api(request, method, input), date, texts),
    stop: async () => {
      await served.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The contract over HTTP, typed by it: what a test calls to set the archive up or read it back. */
export type Api = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

/** Imports each text as an article (first line: its title); returns their ids, failing on any refusal. */
export async function importTexts(api: Api, texts: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const text of texts) {
    const [outcome] = await api('import.text', { text });
    if (outcome?.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    ids.push(outcome.article.id);
  }
  return ids;
}

/** Imports each text as an article and adds them all, in order, to the review of `date`. */
export async function reviewOfTexts(api: Api, date: string, texts: readonly string[]): Promise<void> {
  await api('reviews.addItems', { date, articleIds: await importTexts(api, texts), lang: 'fr' });
}

/** The id of the article an import made or found again; a failed outcome fails the test with its message. */
export function articleOf(outcome: ImportOutcome | undefined): number {
  if (outcome === undefined || outcome.status === 'failed') throw new Error(`import failed: ${JSON.stringify(outcome)}`);
  return outcome.article.id;
}
