import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron names `appData` on each platform: the app, the browser mode and the CLI
 * must agree on it without Electron being loaded.
 */
function appDataFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

/** The archive's path: an explicit --db wins, then REVUE_DB, then Electron's userData folder. */
export function resolveDbPath(
  explicit?: string | null,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (explicit) return explicit;
  if (env.REVUE_DB) return env.REVUE_DB;
  return join(appDataFolder(env, platform), 'Revue', 'revue.sqlite');
}
