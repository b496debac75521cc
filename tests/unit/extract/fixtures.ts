import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A page written for these tests, from tests/fixtures/extract. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/extract/${name}`, import.meta.url)), 'utf8');
}
