import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../shared/contract.js';
import type { ArchiveStatus } from '../shared/domain.js';
import { RevueError } from '../shared/errors.js';
import type { Dispatch } from '../core/revue.js';
import { IPC_CHANNEL, STATUS_CHANNEL } from '../shared/ipcChannel.js';
import { isTrustedSender, type RendererLocation } from './trust.js';

function senderFacts(event: IpcMainInvokeEvent, ownWindows: ReadonlySet<number>) {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  return {
    frameUrl: frame ? frame.url : null,
    isTopFrame: frame !== null && frame.parent === null && frame === event.sender.mainFrame,
    isOwnWindow: window !== null && ownWindows.has(window.id),
  };
}

/**
 * The whole API on one channel, as VS Code's validatedIpcMain does it: each message is checked
 * to come from the top frame of one of our windows showing our own renderer, then validated
 * against the contract by dispatch(). Refusals are answered as a Result, never thrown. Beside it,
 * the archive's opening status (what the page shows while an older archive is updated), under
 * the same check.
 */
export function registerIpc(
  api: { dispatch: Dispatch; status: () => ArchiveStatus },
  own: RendererLocation,
  ownWindows: ReadonlySet<number>,
  onCall?: () => void,
): () => void {
  const trusted = (event: IpcMainInvokeEvent): boolean => {
    if (isTrustedSender(senderFacts(event, ownWindows), own)) return true;
    console.warn(`[revue] refused an IPC call from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
    return false;
  };
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!trusted(event)) return { ok: false, error: new RevueError('UNAUTHORIZED').toJSON() };
    onCall?.();
    return api.dispatch(method, input);
  });
  // A refused page learns nothing of the archive: it is told the archive is ready, as a browser tab would be by default.
  ipcMain.handle(STATUS_CHANNEL, (event): ArchiveStatus => (trusted(event) ? api.status() : { ready: true, update: null }));
  return () => {
    ipcMain.removeHandler(IPC_CHANNEL);
    ipcMain.removeHandler(STATUS_CHANNEL);
  };
}
