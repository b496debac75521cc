import { call } from './api';
import { i18n } from './i18n.svelte';

/** Puts the interface in the language saved in the settings (it starts in French until known). */
export async function loadUiLanguage(): Promise<void> {
  const settings = await call('settings.get', {});
  await i18n.set(settings.uiLanguage);
}

/** French ↔ English: on screen at once, then kept in the settings for the next launch. */
export async function switchUiLanguage(): Promise<void> {
  const next = i18n.lang === 'fr' ? 'en' : 'fr';
  await i18n.set(next);
  await call('settings.update', { uiLanguage: next });
}
