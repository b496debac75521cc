import type { ApiHandlers } from '../../shared/contract.js';
import { RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';

type ImportMethods = 'import.urls' | 'import.files' | 'import.text' | 'feeds.subscribe' | 'feeds.list' | 'feeds.refresh';

/** The import side of the contract (issue 4). */
export function createImportHandlers(db: Db): Pick<ApiHandlers, ImportMethods> {
  void db;
  const pending = (): never => {
    throw new RevueError('INTERNAL', { detail: 'import is not available yet' });
  };
  return {
    'import.urls': pending,
    'import.files': pending,
    'import.text': pending,
    'feeds.subscribe': pending,
    'feeds.list': () => [],
    'feeds.refresh': pending,
  };
}
