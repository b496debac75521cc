/** The one IPC channel between the preload and the main process. */
export const IPC_CHANNEL = 'revue:invoke';
