import { ApiError } from './api';
import { i18n } from './i18n.svelte';

/** A failure as one line in the UI's language: the call's own error, else the generic one. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? i18n.error(error.error) : i18n.t('errors.generic');
}
