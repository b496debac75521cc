import { errorMessage } from './errorMessage';

/** A state class that edits a list of the archive: a busy flag, the last error, and a reload. */
export interface EditableList {
  working: boolean;
  error: string | null;
  load(): Promise<void>;
}

/**
 * One change to the archive from a list's state: busy meanwhile, the list read again after it,
 * its error kept for the screen; true when the archive accepted it.
 */
export async function changeAndReload(state: EditableList, work: () => Promise<unknown>): Promise<boolean> {
  state.working = true;
  try {
    await work();
    state.error = null;
    await state.load();
    return true;
  } catch (error) {
    state.error = errorMessage(error);
    return false;
  } finally {
    state.working = false;
  }
}
