import { contextBridge, ipcRenderer } from 'electron';
import type { Invoke } from '../shared/contract.js';
import type { ArchiveStatus } from '../shared/domain.js';
import { CLOSE_REPLY_CHANNEL, CLOSE_REQUEST_CHANNEL, IPC_CHANNEL, STATUS_CHANNEL, type CloseAnswer } from '../shared/ipcChannel.js';

// The page's doors to the main process: the contract on one channel, where the archive's opening
// stands (an older archive is updated first), and the answer to "the window is closing" (save
// what was typed first). ipcRenderer itself never reaches the page
// (Electron security checklist §3, contextBridge).
const invoke = ((method: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input)) as Invoke;

/** Where the opening of the archive stands. */
const archiveStatus = (): Promise<ArchiveStatus> => ipcRenderer.invoke(STATUS_CHANNEL) as Promise<ArchiveStatus>;

/** Registers the page's answer to a close request; the main process waits for it before closing. */
function onCloseRequest(answer: () => Promise<CloseAnswer>): void {
  ipcRenderer.removeAllListeners(CLOSE_REQUEST_CHANNEL);
  ipcRenderer.on(CLOSE_REQUEST_CHANNEL, () => {
    void answer().then((reply) => ipcRenderer.send(CLOSE_REPLY_CHANNEL, reply));
  });
}

contextBridge.exposeInMainWorld('revue', Object.freeze({ invoke, archiveStatus, onCloseRequest }));
