import type { APIRequestContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveRevue } from '../support/serveRevue.js';

export interface BrowserMode {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  /** One call of the contract over HTTP with the launch token, as the UI's client makes it. */
  api<T = unknown>(request: APIRequestContext, method: string, input: unknown): Promise<T>;
  /** Imports each text as an article (first line: its title) and adds them all to the review of `date`. */
  reviewOfTexts(request: APIRequestContext, date: string, texts: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `revue serve` on a free port over a fresh archive file, as a user would. */
export async function startBrowserMode(): Promise<BrowserMode> {
  const dir = mkdtempSync(join(tmpdir(), 'revue-e2e-'));
  const dbPath = join(dir, 'revue.sqlite');
  const served = await serveRevue({ dbPath });
  const { url } = served;
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const api = async <T>(request: APIRequestContext, method: string, input: unknown): Promise<T> => {
    const response = await request.post(`${parsed.origin}/api/${method}`, { data: input, headers: { Authorization: `Bearer ${token}` } });
    const result = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  return {
    url,
    origin: parsed.origin,
    token,
    dbPath,
    api,
    reviewOfTexts: async (request, date, texts) => {
      const ids: number[] = [];
      for (const text of texts) {
        const [outcome] = await api<{ article: { id: number } }[]>(request, 'import.text', { text });
        ids.push(outcome?.article.id ?? 0);
      }
      await api(request, 'reviews.addItems', { date, articleIds: ids, lang: 'fr' });
    },
    stop: async () => {
      await served.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
