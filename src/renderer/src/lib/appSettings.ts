import { call } from './api';
import { i18n } from './i18n.svelte';
import { workspace } from './workspace.svelte';

/** Opens the app the way the settings remember it: its layout and its language (French until known). */
export async function applySavedSettings(): Promise<void> {
  const settings = await call('settings.get', {});
  workspace.restore(settings.workspace);
  await i18n.set(settings.uiLanguage);
}

/** French ↔ English: on screen at once, then kept in the settings for the next launch. */
export async function switchUiLanguage(): Promise<void> {
  const next = i18n.lang === 'fr' ? 'en' : 'fr';
  await i18n.set(next);
  await call('settings.update', { uiLanguage: next });
}
