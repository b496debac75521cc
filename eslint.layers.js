// The layers of Revue point one way (see STYLE.md): these rules make a wrong import fail lint.
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url'];

const pattern = (group, message) => ({ group, message });

/** Every module of the core but its public entry (core/revue.ts): what a shell may not import. */
const coreInternals = (message, allowed = ['revue\\.js']) => ({ regex: `(^|/)core/(?!(${allowed.join('|')})$)`, message });
const SHELL_MESSAGE = 'a shell reaches the core only through its public entry, core/revue.ts (openRevue(...).call).';
const STORE_ONLY = 'only core/store opens SQLite.';

const RENDERER_PATTERNS = [
  pattern(['**/core/**', '**/main/**', '**/preload/**', '**/server/**', '**/cli/**'], 'the renderer talks to the contract only (lib/api.ts).'),
  pattern(['electron', 'electron/*', ...NODE_BUILTINS], 'the renderer has no Node or Electron.'),
];
const COMPONENT_API = 'a component reaches the API through its state class (*.svelte.ts), never lib/api.ts itself.';
const TRANSPORT = 'only lib/api.ts knows the transport: use what it exports (savesThroughDialog, onCloseRequest).';

export const layerRules = [
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**', '**/server/**', '**/cli/**'], 'shared imports nothing of ours.'),
            pattern(['electron', ...NODE_BUILTINS], 'shared runs in every runtime: no Node or Electron.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron/*'], 'core is plain Node: it never imports electron.'),
            pattern(['**/renderer/**', '**/main/**', '**/preload/**', '**/server/**', '**/cli/**'], 'core depends only on shared.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: RENDERER_PATTERNS }] },
  },
  {
    // A component shows state and forwards events; its state class (*.svelte.ts) makes the calls.
    files: ['src/renderer/**/*.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...RENDERER_PATTERNS, { regex: '(^|/)api(\\.[jt]s)?$', message: COMPONENT_API }] },
      ],
    },
  },
  {
    // Which transport carries the contract (IPC or HTTP) is lib/api.ts's business alone.
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    ignores: ['src/renderer/src/lib/api.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'revue', message: TRANSPORT },
        { object: 'globalThis', property: 'revue', message: TRANSPORT },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/preload/**'], 'browser mode and CLI run without Electron.'),
            coreInternals(SHELL_MESSAGE),
            pattern(['better-sqlite3'], STORE_ONLY),
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['**/renderer/**', '**/preload/**', '**/server/**', '**/cli/**'], 'the main process talks to the core, not to the other shells.'),
            coreInternals(SHELL_MESSAGE),
            pattern(['better-sqlite3'], STORE_ONLY),
          ],
        },
      ],
    },
  },
  {
    files: ['bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            coreInternals('a benchmark reaches the core through openRevue(...).call, or core/benchSupport for what the contract cannot reach.', ['revue\\.js', 'benchSupport/index\\.js']),
            pattern(['better-sqlite3'], STORE_ONLY),
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(['**/core/**', '**/main/**', '**/renderer/**', '**/server/**', '**/cli/**', ...NODE_BUILTINS], 'the preload only bridges invoke().')] },
      ],
    },
  },
];
