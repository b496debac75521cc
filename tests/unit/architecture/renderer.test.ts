import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** The messages of `rules` for `code` linted as if it stood at `file`; nothing is written to src/. */
async function lint(file: string, code: string, rules: string[]): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && rules.includes(m.ruleId)).map((m) => m.message);
}

const component = (script: string): string => `<script lang="ts">\n${script}\n</script>\n\n<p>{x}</p>\n`;

// The first lint loads the web project's types for the type-aware rules: slow on a busy machine.
describe('renderer boundaries', { timeout: 120_000 }, () => {
  it('fails when a component imports lib/api.ts, and lets its state class do it', async () => {
    const importApi = "  import { call } from '../lib/api';\n  const x = call;";
    expect((await lint('src/renderer/src/review/SaveStatus.svelte', component(importApi), ['no-restricted-imports'])).join('\n')).toContain('state class');
    expect(await lint('src/renderer/src/review/composeState.svelte.ts', "import { call } from '../lib/api';\nexport const x = call;\n", ['no-restricted-imports'])).toEqual([]);
  });

  it('fails when a component of lib/ imports the API by its short path', async () => {
    const messages = await lint('src/renderer/src/lib/Modal.svelte', component("  import { call } from './api';\n  const x = call;"), ['no-restricted-imports']);
    expect(messages.join('\n')).toContain('state class');
  });

  it('fails when window.revue is read outside lib/api.ts', async () => {
    const rule = ['no-restricted-properties'];
    expect(await lint('src/renderer/src/send/sendState.svelte.ts', 'export const x = window.revue !== undefined;\n', rule)).toHaveLength(1);
    expect(await lint('src/renderer/src/App.svelte', component('  const x = window.revue?.invoke;'), rule)).toHaveLength(1);
    expect(await lint('src/renderer/src/lib/api.ts', 'export const x = window.revue !== undefined;\n', rule)).toEqual([]);
  });

  it('type-lints components: a floating promise in a .svelte script fails', async () => {
    const script = '  async function go(): Promise<void> {}\n  function x(): void {\n    go();\n  }';
    const messages = await lint('src/renderer/src/review/SaveStatus.svelte', component(script), ['@typescript-eslint/no-floating-promises']);
    expect(messages).toHaveLength(1);
  });
});
