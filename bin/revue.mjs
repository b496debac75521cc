#!/usr/bin/env node
// The `revue` command. It runs the bundle built by `npm install` (scripts/buildCli.mjs) when that
// bundle is newer than every source file; otherwise (sources edited since, or no bundle yet) it
// runs the TypeScript sources through tsx, which is slower to start but always current.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'cli', 'revue.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'renderer') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = join(root, 'src');
const fresh = existsSync(bundle) && (!existsSync(sources) || statSync(bundle).mtimeMs >= newestSource(sources));
if (fresh) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
