import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder for a real archive file; remove() deletes it. */
export function tempArchivePath(): { dbPath: string; dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'revue-test-'));
  return { dir, dbPath: join(dir, 'revue.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
