#!/usr/bin/env node
// Bundles the `revue` command into out/cli/revue.mjs so that it starts without compiling
// TypeScript (tsx took ~2 s at every start). Dependencies stay in node_modules. Run by
// `npm install` (prepare) and by bin/revue.mjs when the sources are newer than the bundle.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Chunk names change with their content: stale ones would pile up.
rmSync(join(root, 'out/cli'), { recursive: true, force: true });

await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outdir: join(root, 'out/cli'),
  entryNames: 'revue',
  chunkNames: 'chunks/[name]-[hash]',
  // The core is imported on first use (src/cli/commands/openArchive.ts): its own chunk keeps
  // `revue --help` from loading it.
  splitting: true,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  // ESM output has no require(); a few dependencies are CommonJS-only when imported by name.
  banner: { js: "import { createRequire as __revueRequire } from 'node:module'; const require = __revueRequire(import.meta.url);" },
});
