import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../shared/contract.js';
import { RevueError } from '../shared/errors.js';
import type { Dispatch } from '../core/revue.js';
import { IPC_CHANNEL } from '../shared/ipcChannel.js';
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
 * against the contract by dispatch(). Refusals are answered as a Result, never thrown.
 */
export function registerIpc(dispatch: Dispatch, own: RendererLocation, ownWindows: ReadonlySet<number>, onCall?: () => void): () => void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(senderFacts(event, ownWindows), own)) {
      console.warn(`[revue] refused an IPC call from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return { ok: false, error: new RevueError('UNAUTHORIZED').toJSON() };
    }
    onCall?.();
    return dispatch(method, input);
  });
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
