import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import type { SecretStore } from '../core/revue.js';
import { RevueError } from '../shared/errors.js';

/**
 * The SMTP password encrypted by the system's keychain (Electron safeStorage: Keychain, DPAPI,
 * libsecret/kwallet) in a file of its own, never in the archive. Where Linux has no keyring and
 * safeStorage falls back to a fixed key ("basic_text"), the store says it is not encrypted, so the
 * settings show the same warning as the browser mode.
 */
export function safeStorageSecretStore(path: string): SecretStore {
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    storage: weak ? 'unencrypted' : 'encrypted',
    location: weak ? path : null,
    read: () => (existsSync(path) ? safeStorage.decryptString(readFileSync(path)) : null),
    write: (secret) => {
      if (secret === null) {
        rmSync(path, { force: true });
        return;
      }
      if (!safeStorage.isEncryptionAvailable()) throw new RevueError('KEYCHAIN_UNAVAILABLE');
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, safeStorage.encryptString(secret), { mode: 0o600 });
      renameSync(temp, path);
    },
  };
}
