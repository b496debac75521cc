import i18next from 'i18next';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { formatErrorMessage, type SerializedError } from '../../../shared/errors';
import type { UiLanguage } from '../../../shared/domain';
import { numberFormat } from '../../../shared/intlFormats';

const instance = i18next.createInstance();
void instance.init({
  lng: 'fr',
  fallbackLng: 'fr',
  initAsync: false,
  resources: { fr: { translation: fr }, en: { translation: en } },
  interpolation: { escapeValue: false },
});

/** The UI language as reactive state: reading `t` inside a template re-renders on a switch. */
class I18n {
  lang = $state<UiLanguage>('fr');

  t = (key: string, options?: Record<string, unknown>): string => {
    void this.lang;
    return instance.t(key, options);
  };

  /** A count with the language's digit grouping ("100 000" in French, with a narrow no-break space). */
  number = (value: number): string => {
    return numberFormat(this.lang === 'fr' ? 'fr-FR' : 'en-GB').format(value);
  };

  async set(lang: UiLanguage): Promise<void> {
    await instance.changeLanguage(lang);
    this.lang = lang;
    document.documentElement.lang = lang;
  }

  error(error: SerializedError): string {
    return formatErrorMessage(error.code, error.params, this.lang);
  }
}

export const i18n = new I18n();
