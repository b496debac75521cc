import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/shared/csp.js';

const root = import.meta.dirname;
const svelteConfig = resolve(root, 'svelte.config.js');

/**
 * The built renderer is loaded from file://, which carries no HTTP headers for
 * session.webRequest to amend: the CSP goes into the page itself as well. frame-ancestors is
 * dropped there because browsers ignore it in a <meta> (and warn).
 */
function cspMetaTag(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'revue:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      // Dependencies stay in node_modules (better-sqlite3 and its .node above all); only our code is bundled.
      externalizeDeps: true,
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        // upgrade.js: the utility process that updates an older archive (src/main/upgradeInUtilityProcess.ts).
        input: { index: resolve(root, 'src/main/index.ts'), upgrade: resolve(root, 'src/main/upgradeProcess.ts') },
        // ESM: package.json says "type": "module", and Electron ≥ 28 runs ESM main processes.
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require('electron') and nothing else: bundle everything into one file.
      externalizeDeps: false,
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        // CommonJS, since a sandboxed preload cannot be an ES module; .cjs because package.json is "module".
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    // The renderer's root is src/renderer, but a svelte.config.js, if any, sits at the project root.
    plugins: [svelte({ configFile: existsSync(svelteConfig) ? svelteConfig : false }), cspMetaTag()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: { index: resolve(root, 'src/renderer/index.html') },
      },
    },
  },
});
