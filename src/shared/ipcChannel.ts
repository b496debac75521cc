/** The one IPC channel between the preload and the main process. */
export const IPC_CHANNEL = 'revue:invoke';

/** Page → main: where the opening of the archive stands (an older archive is updated first), an ArchiveStatus. */
export const STATUS_CHANNEL = 'revue:archive-status';

/** Main → page: the window is about to close; save what was typed and answer on CLOSE_REPLY_CHANNEL. */
export const CLOSE_REQUEST_CHANNEL = 'revue:before-close';
/** Page → main: the answer to a close request. */
export const CLOSE_REPLY_CHANNEL = 'revue:before-close-reply';

/** What the page answers before its window closes: how many texts are still not saved, and the question to ask then, in the UI's language. */
export interface CloseAnswer {
  unsaved: number;
  question: string;
  detail: string;
  close: string;
  stay: string;
}
