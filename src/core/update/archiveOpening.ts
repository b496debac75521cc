import type { Result } from '../../shared/contract.js';
import type { ArchiveStatus } from '../../shared/domain.js';
import { RevueError, toSerializedError } from '../../shared/errors.js';
import type { Dispatch } from '../api/dispatch.js';
import type { Revue } from '../revue.js';
import { archiveNeedsUpdate } from '../store/database.js';
import { updateOf, type UpgradeStep } from './upgradeArchive.js';

/**
 * Runs an archive's update out of the caller's thread (a child process of the CLI, the app's
 * utility process), telling each step; resolves once the archive is up to date, rejects when the
 * update failed or `signal` stopped it.
 */
export type UpgradeRunner = (onStep: (step: UpgradeStep) => void, signal: AbortSignal) => Promise<void>;

/**
 * The opening of an archive by a shell that keeps answering while it opens: the browser mode's
 * server and the app's main process. An archive of an older Revue is first updated by an
 * UpgradeRunner, whose progress `status` tells (the page shows it); until the archive is open,
 * `dispatch` answers every call with ARCHIVE_UPDATING. One definition for both shells, so the
 * app and the browser show the same screen for the same reasons.
 */
export class ArchiveOpening {
  /** Whether the archive must be updated before it opens: the shell then shows its window or page first. */
  readonly needsUpdate: boolean;
  private current: ArchiveStatus = { ready: false, update: null };
  private opened: Revue | null = null;
  private readonly stopper = new AbortController();

  constructor(dbPath: string, nativeBinding?: string) {
    this.needsUpdate = archiveNeedsUpdate(dbPath, nativeBinding);
  }

  /** Where the opening stands: ready, or the update's last step. */
  get status(): ArchiveStatus {
    return this.current;
  }

  /** The open archive; null until it is. */
  get revue(): Revue | null {
    return this.opened;
  }

  /** The contract for a transport (IPC, HTTP): the open archive's, ARCHIVE_UPDATING before. */
  readonly dispatch: Dispatch = (method, input) => (this.opened ? this.opened.dispatch(method, input) : Promise.resolve(this.updating()));

  /**
   * Opens the archive with `open`, after `upgrade` has updated it when it needs it. Should the
   * runner fail (its process could not start, say), `open` still updates it, in this thread and
   * without progress: a real failure of the update then fails the opening, with its own error.
   */
  async open(open: () => Revue | Promise<Revue>, upgrade: UpgradeRunner): Promise<Revue> {
    if (this.needsUpdate) {
      try {
        await upgrade((step) => {
          this.current = { ready: false, update: updateOf(step) };
        }, this.stopper.signal);
      } catch (error) {
        if (this.stopper.signal.aborted) throw error;
        console.error(`[revue] the archive's update in another process failed, updating here: ${toSerializedError(error).message}`);
      }
    }
    if (this.stopper.signal.aborted) throw new RevueError('ARCHIVE_UPDATING', { percent: this.current.update?.percent ?? 0 });
    const revue = await open();
    this.opened = revue;
    this.current = { ready: true, update: null };
    return revue;
  }

  /** Stops an update under way (the shell is quitting): each migration is a transaction, the archive stays whole. */
  stop(): void {
    this.stopper.abort();
  }

  private updating(): Result<never> {
    return { ok: false, error: toSerializedError(new RevueError('ARCHIVE_UPDATING', { percent: this.current.update?.percent ?? 0 })) };
  }
}
