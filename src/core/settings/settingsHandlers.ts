import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import { readSettings, writeSettings } from '../store/settingsRepository.js';

/** The archive's settings: read whole, written by patch. */
export function createSettingsHandlers(db: Db): Pick<ApiHandlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => readSettings(db),
    'settings.update': (patch) => writeSettings(db, patch),
  };
}
