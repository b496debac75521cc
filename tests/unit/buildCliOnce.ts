import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest global setup: the CLI tests run `revue` as users do, from its bundle. Built once here,
 * so that they test the bundle that ships and do not compile the sources at every spawn.
 */
export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'buildCli.mjs')], { stdio: 'inherit' });
}
