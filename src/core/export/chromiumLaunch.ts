import { existsSync } from 'node:fs';
import { RevueError } from '../../shared/errors.js';

/** Flags for every Chromium the project starts: no sync, no updates, no calls home. */
export const CHROMIUM_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The Chromium to start: the configured path, else REVUE_CHROMIUM, else Debian's; throws
 * CHROMIUM_NOT_FOUND naming the path it looked at when that file does not exist.
 */
export function chromiumPath(configured?: string | null): string {
  const path = configured || process.env.REVUE_CHROMIUM || DEFAULT_CHROMIUM_PATH;
  if (!existsSync(path)) throw new RevueError('CHROMIUM_NOT_FOUND', { path });
  return path;
}
