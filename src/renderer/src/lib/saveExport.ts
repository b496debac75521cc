import type { Input } from '../../../shared/contract';
import { call, savesThroughDialog } from './api';
import { download } from './download';
import { i18n } from './i18n.svelte';

/**
 * Exports a review the way the transport allows: the system's save dialog in the app, a download
 * in the browser mode. Returns the line that says where it went; null when the dialog was cancelled.
 */
export async function saveExport(input: Input<'reviews.export'>): Promise<string | null> {
  if (savesThroughDialog) {
    const saved = await call('reviews.exportToFile', input);
    return saved ? i18n.t('exportReview.saved', { path: saved.path }) : null;
  }
  const file = await call('reviews.export', input);
  download(file.fileName, file.mimeType, file.dataBase64);
  return i18n.t('exportReview.downloaded', { name: file.fileName });
}
