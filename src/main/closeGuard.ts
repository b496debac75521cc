import { dialog, ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { CLOSE_REPLY_CHANNEL, CLOSE_REQUEST_CHANNEL, type CloseAnswer } from '../shared/ipcChannel.js';

/** How long the page has to save before the window closes anyway (after asking). */
const ANSWER_TIMEOUT_MS = 4000;

function isCloseAnswer(value: unknown): value is CloseAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Record<string, unknown>;
  return (
    typeof answer.unsaved === 'number' &&
    ['question', 'detail', 'close', 'stay'].every((key) => typeof answer[key] === 'string' && (answer[key] as string).length < 500)
  );
}

/** Asks the page to save what was typed; null when it does not answer in time. */
function askPage(window: BrowserWindow): Promise<CloseAnswer | null> {
  return new Promise((resolve) => {
    const onReply = (event: IpcMainEvent, answer: unknown): void => {
      // Only this window's own page answers for it.
      if (event.sender !== window.webContents || event.senderFrame !== window.webContents.mainFrame) return;
      done(isCloseAnswer(answer) ? answer : null);
    };
    const timer = setTimeout(() => done(null), ANSWER_TIMEOUT_MS);
    const done = (answer: CloseAnswer | null): void => {
      clearTimeout(timer);
      ipcMain.removeListener(CLOSE_REPLY_CHANNEL, onReply);
      resolve(answer);
    };
    ipcMain.on(CLOSE_REPLY_CHANNEL, onReply);
    window.webContents.send(CLOSE_REQUEST_CHANNEL);
  });
}

/**
 * Before the window closes, the page saves what was typed (over IPC, while the window still
 * exists); when something could not be saved, the user chooses to close anyway or stay.
 */
export function guardClose(window: BrowserWindow): void {
  let closing = false;
  let asking = false;
  // Once the user chose to close, the page's own "leave this page?" (a failed save) must not stop it.
  window.webContents.on('will-prevent-unload', (event) => {
    if (closing) event.preventDefault();
  });
  window.on('close', (event) => {
    if (closing) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void askPage(window)
      .then(async (answer) => {
        if (answer && answer.unsaved > 0) {
          const { response } = await dialog.showMessageBox(window, {
            type: 'warning',
            message: answer.question,
            detail: answer.detail,
            buttons: [answer.stay, answer.close],
            defaultId: 0,
            cancelId: 0,
          });
          if (response !== 1) return;
        }
        closing = true;
        window.close();
      })
      .finally(() => {
        asking = false;
      });
  });
}
