// The layers of Revue point one way (see STYLE.md and docs/ARCHITECTURE.md): these rules make a
// wrong import fail lint, and tests/unit/architecture proves that each one fires.
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url'];
const SHELLS = ['**/main/**', '**/preload/**', '**/renderer/**', '**/server/**', '**/cli/**'];

const pattern = (group, message) => ({ group, message });
/** One block of the import rule: `patterns` forbidden in `files` (minus `ignores`). */
const restrict = (files, patterns, ignores) => ({ files, ...(ignores ? { ignores } : {}), rules: { 'no-restricted-imports': ['error', { patterns }] } });

/** Every module of the core but its public entry (core/revue.ts): what a shell may not import. */
const coreInternals = (message, allowed = ['revue\\.js']) => ({ regex: `(^|/)core/(?!(${allowed.join('|')})$)`, message });
const SHELL_MESSAGE = 'a shell reaches the core only through its public entry, core/revue.ts (openRevue(...).call).';
const CLI_MESSAGE = `${SHELL_MESSAGE.slice(0, -1)}, and for the language it speaks before that, core/archiveLanguage.ts.`;
const STORE_ONLY = 'only core/store opens SQLite.';
const NO_SQLITE = pattern(['better-sqlite3'], STORE_ONLY);
const WITHOUT_ELECTRON = pattern(['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/preload/**'], 'browser mode and CLI run without Electron.');
/** What every part of the core refuses: Electron and the shells. */
const CORE_BASE = [pattern(['electron', 'electron/*'], 'core is plain Node: it never imports electron.'), pattern(SHELLS, 'core depends only on shared.')];

const SQL_ONLY_IN_STORE = 'SQL lives in core/store only: add a repository function there.';
/** Text that starts like an SQL statement (an esquery regex: no slash inside). */
const SQL_TEXT =
  '/^\\s*(SELECT\\s[\\s\\S]*\\bFROM\\b|INSERT\\s+(OR\\s+[A-Z]+\\s+)?INTO\\b|UPDATE\\s+\\w+\\s+SET\\b|DELETE\\s+FROM\\b|' +
  'CREATE\\s+(TABLE|UNIQUE|INDEX|VIRTUAL|TRIGGER|VIEW)\\b|DROP\\s+(TABLE|INDEX|TRIGGER|VIEW)\\b|ALTER\\s+TABLE\\b|PRAGMA\\s|ATTACH\\s|WITH\\s+\\w+\\s+AS\\b)/';

/** What the whole renderer refuses: the other layers, Node and Electron. */
const RENDERER_BASE = [
  pattern(['**/core/**', '**/main/**', '**/preload/**', '**/server/**', '**/cli/**'], 'the renderer talks to the contract only (lib/api.ts).'),
  pattern(['electron', 'electron/*', ...NODE_BUILTINS], 'the renderer has no Node or Electron.'),
];
const COMPONENT_API = 'a component reaches the API through its state class (*.svelte.ts), never lib/api.ts itself.';
const TRANSPORT = 'only lib/api.ts knows the transport: use what it exports (savesThroughDialog, onCloseRequest).';

export const layerRules = [
  restrict(['src/shared/**/*.ts'], [
    pattern(['**/core/**', ...SHELLS], 'shared imports nothing of ours.'),
    pattern(['electron', ...NODE_BUILTINS], 'shared runs in every runtime: no Node or Electron.'),
  ]),
  // The feature folders (import/, reviews/, export/...): they reach SQLite through core/store.
  restrict(['src/core/**/*.ts'], [...CORE_BASE, NO_SQLITE], ['src/core/store/**', 'src/core/text/**']),
  // The store: the only SQL, on top of the ground floor.
  restrict(['src/core/store/**/*.ts'], [
    ...CORE_BASE,
    { regex: '^\\.\\./(?!text/|\\.\\./shared/)', message: 'core/store imports only core/text and shared, never a feature folder of the core.' },
  ]),
  // The ground floor: pure text functions that every layer above may use.
  restrict(['src/core/text/**/*.ts'], [
    pattern(['electron', 'electron/*', 'better-sqlite3'], 'core/text is pure functions: no Electron, no SQLite.'),
    { regex: '^\\.\\./(?!\\.\\./shared/)', message: 'core/text imports only shared.' },
  ]),
  restrict(['src/renderer/**/*.ts'], RENDERER_BASE),
  // A component shows state and forwards events; its state class (*.svelte.ts) makes the calls.
  restrict(['src/renderer/**/*.svelte'], [...RENDERER_BASE, { regex: '(^|/)api(\\.[jt]s)?$', message: COMPONENT_API }]),
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
  restrict(['src/server/**/*.ts'], [
    WITHOUT_ELECTRON,
    coreInternals(SHELL_MESSAGE),
    NO_SQLITE,
  ]),
  // The CLI writes its help in the archive's language: it reads that one setting before it loads the core.
  restrict(['src/cli/**/*.ts'], [
    WITHOUT_ELECTRON,
    coreInternals(CLI_MESSAGE, ['revue\\.js', 'archiveLanguage\\.js']),
    NO_SQLITE,
  ]),
  restrict(['src/main/**/*.ts'], [
    pattern(['**/renderer/**', '**/preload/**', '**/server/**', '**/cli/**'], 'the main process talks to the core, not to the other shells.'),
    coreInternals(SHELL_MESSAGE),
    NO_SQLITE,
  ]),
  restrict(['bench/**/*.ts'], [
    coreInternals('a benchmark reaches the core through openRevue(...).call, or core/benchSupport for what the contract cannot reach.', ['revue\\.js', 'benchSupport/index\\.js']),
    NO_SQLITE,
  ]),
  restrict(['src/preload/**/*.ts'], [pattern(['**/core/**', '**/main/**', '**/renderer/**', '**/server/**', '**/cli/**', ...NODE_BUILTINS], 'the preload only bridges invoke().')]),
  {
    // SQL is written in core/store only: a query, a pragma or an ATTACH anywhere else is an error.
    files: ['src/**/*.ts', 'src/**/*.svelte', 'bench/**/*.ts'],
    ignores: ['src/core/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${SQL_TEXT}]`, message: SQL_ONLY_IN_STORE },
        { selector: `TemplateElement[value.raw=${SQL_TEXT}]`, message: SQL_ONLY_IN_STORE },
        { selector: "CallExpression[callee.property.name='pragma']", message: SQL_ONLY_IN_STORE },
      ],
    },
  },
];
