import { existsSync } from 'node:fs';
import type { UiLanguage } from '../shared/vocabulary.js';
import { readArchiveLanguage } from './store/archiveLanguageFile.js';
import { resolveDbPath } from './store/dbPath.js';

// The core's second public entry, for a shell that must speak the archive's language before it
// opens the core (the CLI writes its help first): it loads only the path rules and one query.

/** The language set in the archive that `--db` (or REVUE_DB, or the default) names; null when there is none. */
export function archiveLanguage(explicitDb?: string | null): UiLanguage | null {
  const file = resolveDbPath(explicitDb);
  return file === ':memory:' || !existsSync(file) ? null : readArchiveLanguage(file);
}
