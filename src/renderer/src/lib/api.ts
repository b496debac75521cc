import type { Input, Invoke, Method, Output, Result } from '../../../shared/contract';
import type { ArchiveStatus } from '../../../shared/domain';
import type { SerializedError } from '../../../shared/errors';
import type { CloseAnswer } from '../../../shared/ipcChannel';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser mode. */
    revue?: {
      invoke(method: string, input: unknown): Promise<unknown>;
      /** Where the opening of the archive stands (an older archive is updated before it opens). */
      archiveStatus(): Promise<ArchiveStatus>;
      /** Registers the answer to "the window is closing": save, then say what is still unsaved. */
      onCloseRequest(answer: () => Promise<CloseAnswer>): void;
    };
  }
}

/** A failed call, with the code and parameters the UI turns into a message. */
export class ApiError extends Error {
  readonly error: SerializedError;
  constructor(error: SerializedError) {
    super(error.message);
    this.error = error;
  }
}

/** Browsers cap keepalive bodies at 64 KB; small saves (typing) get it, imports of files don't need it. */
const KEEPALIVE_MAX_BYTES = 60_000;

const httpInvoke: Invoke = async (method, input) => {
  const body = JSON.stringify(input);
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body,
    // A save started as the tab closes must still reach the archive.
    keepalive: new TextEncoder().encode(body).byteLength < KEEPALIVE_MAX_BYTES,
  });
  if (!response.ok) {
    const code = response.status === 401 || response.status === 403 ? 'UNAUTHORIZED' : 'INTERNAL';
    return { ok: false, error: { code, message: await response.text(), params: { detail: response.statusText } } };
  }
  return (await response.json()) as Result<never>;
};

const electronInvoke: Invoke = async (method, input) => {
  const bridge = window.revue;
  if (!bridge) throw new Error('the Electron bridge is missing');
  return (await bridge.invoke(method, input)) as Result<never>;
};

/** The one client of the contract: IPC in the app, HTTP in the browser mode. */
export const invoke: Invoke = window.revue ? electronInvoke : httpInvoke;

/** True in the app, where files are saved through the system's dialog; the browser mode downloads them. */
export const savesThroughDialog: boolean = window.revue !== undefined;

/** Registers the answer to "the window is closing" (the app asks over IPC; a browser tab has no such question). */
export function onCloseRequest(answer: () => Promise<CloseAnswer>): void {
  window.revue?.onCloseRequest(answer);
}

/** Calls a method and returns its value, throwing ApiError on failure. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await invoke(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/**
 * Where the opening of the archive stands: both the browser mode's server and the app's main
 * process answer before the archive is ready, while an older archive is being updated.
 */
export async function archiveStatus(): Promise<ArchiveStatus> {
  if (window.revue) return window.revue.archiveStatus();
  const response = await fetch('/status', { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) return { ready: true, update: null };
  return (await response.json()) as ArchiveStatus;
}
