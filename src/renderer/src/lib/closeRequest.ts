import { onCloseRequest } from './api';
import { flushAutosaves } from './autosave.svelte';
import { i18n } from './i18n.svelte';

/** When the app's window closes, what is typed is saved first; the question lists what could not be. */
export function answerCloseRequests(): void {
  onCloseRequest(async () => {
    const unsaved = await flushAutosaves();
    return {
      unsaved,
      question: i18n.t('autosave.closeQuestion', { count: unsaved }),
      detail: i18n.t('autosave.closeDetail'),
      close: i18n.t('autosave.closeAnyway'),
      stay: i18n.t('autosave.stay'),
    };
  });
}
