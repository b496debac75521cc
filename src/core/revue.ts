import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './packageRoot.js';
import type { ApiHandlers } from '../shared/contract.js';
import type { AppInfo } from '../shared/domain.js';
import { RevueError, toSerializedError } from '../shared/errors.js';
import { openDatabase, schemaVersion, type Db } from './store/database.js';
import type { MigrationProgress } from './store/migrations.js';
import { readArticle, listArticles } from './store/articleRepository.js';
import { readSettings, writeSettings } from './store/settingsRepository.js';
import { createCall, type Call } from './api/dispatch.js';
import { createImportHandlers } from './import/importHandlers.js';
import { BackgroundRefresh } from './sources/backgroundRefresh.js';
import { RefreshService } from './sources/refreshService.js';
import { createSourceHandlers } from './sources/sourceHandlers.js';
import { createExportHandlers } from './export/exportHandlers.js';
import { createLibraryHandlers } from './library/libraryHandlers.js';
import { createReviewHandlers } from './reviews/reviewHandlers.js';
import { createSearchHandlers } from './search/searchHandlers.js';
import { createSendHandlers } from './send/sendHandlers.js';
import { plainFileSecretStore, type SecretStore } from './send/secretStore.js';
import type { Printer } from './export/pdfPrinter.js';
import { createTopicHandlers } from './topics/topicHandlers.js';
import { createInboxHandlers } from './inbox/inboxHandlers.js';
import { createRetentionHandlers } from './retention/retentionHandlers.js';
import { createPublicationHandlers } from './publications/publicationHandlers.js';
import { createSiteRuleHandlers } from './siteRules/siteRuleHandlers.js';

export interface RevueOptions {
  dbPath: string;
  transport: AppInfo['transport'];
  nativeBinding?: string;
  /** Where the SMTP password is kept; by default a file beside the archive, unencrypted (the UI warns). */
  secrets?: SecretStore;
  /** REVUE_SMTP_URL, which the browser mode and the CLI pass on: it overrides the archive's SMTP settings. */
  smtpUrl?: string | undefined;
  /** Prints the PDFs attached to e-mails (the desktop app's own printer); the shared Chromium by default. */
  printer?: Printer;
  /** Told how far a long update of an older archive has gone (see openDatabase). */
  onMigrationProgress?: MigrationProgress;
  /** The archive must exist already (read-only commands): DB_MISSING rather than a new file. */
  mustExist?: boolean;
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
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    // Bundled builds sit elsewhere; the version is informative only.
    return '0.0.0';
  }
}

/** Opens the archive and returns the services that implement the whole API contract over it. */
export function openRevue(options: RevueOptions): Revue {
  const db = openDatabase(options.dbPath, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.onMigrationProgress ? { onProgress: options.onMigrationProgress } : {}),
    ...(options.mustExist ? { mustExist: true } : {}),
  });
  const version = packageVersion();
  const refresh = new RefreshService(db);
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
    ...createImportHandlers(db),
    ...createSourceHandlers(db, refresh),
    ...createSearchHandlers(db),
    ...createLibraryHandlers(db),
    ...createExportHandlers(db),
    ...createReviewHandlers(db),
    ...createSendHandlers(db, {
      secrets: options.secrets ?? plainFileSecretStore(`${options.dbPath}.smtp-password`),
      smtpUrl: options.smtpUrl,
      printer: options.printer,
    }),
    ...createTopicHandlers(db),
    ...createInboxHandlers(db),
    ...createRetentionHandlers(db),
    ...createPublicationHandlers(db),
    ...createSiteRuleHandlers(db),
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
