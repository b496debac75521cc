import { contextBridge, ipcRenderer } from 'electron';
import type { Invoke } from '../shared/contract.js';
import { IPC_CHANNEL } from '../shared/ipcChannel.js';

// The page's only door to the main process: one function, one channel. ipcRenderer itself
// never reaches the page (Electron security checklist §3, contextBridge).
const invoke = ((method: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input)) as Invoke;

contextBridge.exposeInMainWorld('revue', Object.freeze({ invoke }));
