import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeFileAtomic } from '../export/writeFileAtomic.js';
import type { PasswordStorage } from '../../shared/domain.js';

/**
 * Where the SMTP password is kept, injected by the shell: the desktop app gives one that encrypts
 * with the system's keychain (Electron safeStorage); the core never writes the password anywhere else.
 */
export interface SecretStore {
  readonly storage: Exclude<PasswordStorage, 'environment'>;
  /** The file holding it, for the warning shown when it is not encrypted. */
  readonly location: string | null;
  read(): string | null;
  /** Stores a new password, or forgets it (null). */
  write(secret: string | null): void;
}

/**
 * The password in a file of its own beside the archive, readable by the user only, NOT encrypted
 * (browser mode and CLI, where no keychain is at hand): never inside the archive or its backups.
 */
export function plainFileSecretStore(path: string): SecretStore {
  return {
    storage: 'unencrypted',
    location: path,
    read: () => (existsSync(path) ? readFileSync(path, 'utf8') || null : null),
    write: (secret) => {
      if (secret === null) rmSync(path, { force: true });
      else writeFileAtomic(path, Buffer.from(secret, 'utf8'), 0o600);
    },
  };
}
