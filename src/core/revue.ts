import { readFileSync } from 'node:fs';
import type { ApiHandlers } from '../shared/contract.js';
import type { AppInfo } from '../shared/domain.js';
import { RevueError, toSerializedError } from '../shared/errors.js';
import { openDatabase, schemaVersion, type Db } from './store/database.js';
import { readArticle, listArticles } from './store/articleRepository.js';
import { readSettings, writeSettings } from './store/settingsRepository.js';
import { createCall, type Call } from './api/dispatch.js';
import { createImportHandlers } from './import/importHandlers.js';
import { createImportHooks } from './import/importHooks.js';
import { BackgroundRefresh } from './sources/backgroundRefresh.js';
import { RefreshService } from './sources/refreshService.js';
import { createSourceHandlers } from './sources/sourceHandlers.js';
import { createExportHandlers } from './export/exportHandlers.js';
import { createLibraryHandlers } from './library/libraryHandlers.js';
import { createReviewHandlers } from './reviews/reviewHandlers.js';
import { createSearchHandlers } from './search/searchHandlers.js';

export interface RevueOptions {
  dbPath: string;
  transport: AppInfo['transport'];
  nativeBinding?: string;
  /** Refresh due sources on their schedule while the archive is open (the app, `revue serve`). */
  backgroundRefresh?: boolean;
}

export interface Revue {
  /** Deprecated for shells: reach the core through `call` (issue #11 removes this). */
  db: Db;
  handlers: ApiHandlers;
  /** The typed contract: what every shell (CLI, main, server, bench) uses. */
  call: Call;
  close(): void;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    // Bundled builds sit elsewhere; the version is informative only.
    return '0.0.0';
  }
}

/** Opens the archive and returns the services that implement the whole API contract over it. */
export function openRevue(options: RevueOptions): Revue {
  const db = openDatabase(options.dbPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const version = packageVersion();
  const hooks = createImportHooks();
  const refresh = new RefreshService(db, hooks);
  const handlers: ApiHandlers = {
    'app.info': () => ({
      version,
      dbPath: options.dbPath,
      schemaVersion: schemaVersion(db),
      transport: options.transport,
    }),
    'settings.get': () => readSettings(db),
    'settings.update': (patch) => writeSettings(db, patch),
    'articles.list': ({ limit, offset }) => listArticles(db, limit, offset),
    'articles.get': ({ id }) => {
      const article = readArticle(db, id);
      if (!article) throw new RevueError('NOT_FOUND', { what: `article ${id}` });
      return article;
    },
    ...createImportHandlers(db, hooks),
    ...createSourceHandlers(db, refresh),
    ...createSearchHandlers(db),
    ...createLibraryHandlers(db),
    ...createExportHandlers(db),
    ...createReviewHandlers(db),
  };
  const background = options.backgroundRefresh
    ? new BackgroundRefresh(db, refresh, (error) => console.error('[revue] background refresh failed:', toSerializedError(error).message))
    : null;
  background?.start();
  const close = (): void => {
    background?.stop();
    refresh.close();
    db.close();
  };
  return { db, handlers, call: createCall(handlers), close };
}
