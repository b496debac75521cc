import type { Call } from '../core/revue.js';
import type { UiLanguage } from '../shared/domain.js';
import type { DesktopMessages } from '../shared/i18n/fr/desktop.js';
import { messagesIn } from '../shared/i18n/messages.js';

/** The language set in the archive, which the menu and the dialogs speak; French when it cannot be read. */
export async function desktopLanguage(call: Call): Promise<UiLanguage> {
  try {
    return (await call('settings.get', {})).uiLanguage;
  } catch {
    return 'fr';
  }
}

/** The shell's words in a language. */
export function desktopWords(lang: UiLanguage): DesktopMessages {
  return messagesIn(lang).desktop;
}
