import { spawn, type ChildProcess } from 'node:child_process';
import type { APIRequestContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * Starts `revue serve` on a free port over a fresh archive file, as a user would; `prepare` may
 * write that file first (an archive of an earlier Revue).
 */
export async function startBrowserMode(options: { prepare?: (dbPath: string) => void } = {}): Promise<BrowserMode> {
  const dir = mkdtempSync(join(tmpdir(), 'revue-e2e-'));
  const dbPath = join(dir, 'revue.sqlite');
  options.prepare?.(dbPath);
  const child: ChildProcess = spawn(process.execPath, ['bin/revue.mjs', '--db', dbPath, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`revue serve did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`revue serve exited with ${code}:\n${output}`)));
  });
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
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
