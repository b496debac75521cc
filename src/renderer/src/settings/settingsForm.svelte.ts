import type { Input } from '../../../shared/contract';
import { BACKUP_CAP_GB, type Logo, type Settings, type UiLanguage } from '../../../shared/domain';
import { call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { errorMessage } from '../lib/errorMessage';
import { readLogo } from './readLogo';

/** A default section being edited; the key keeps its row (and focus) in place while it moves. */
export interface SectionDraft {
  key: number;
  name: string;
}

type SettingsPatch = Input<'settings.update'>;

/** The settings dialog's form: a draft of the settings, saved only on "Enregistrer". */
export class SettingsForm {
  loaded = $state(false);
  organisation = $state('');
  distributionNotice = $state('');
  copyright = $state('');
  logo = $state<Logo | null>(null);
  sections = $state<SectionDraft[]>([]);
  chromiumPath = $state('');
  retentionDays = $state(90);
  backupCapGb = $state<number>(BACKUP_CAP_GB.default);
  uiLanguage = $state<UiLanguage>('fr');
  /** The name typed in the "new section" field. */
  newSection = $state('');
  saving = $state(false);
  error = $state<string | null>(null);
  logoError = $state<string | null>(null);
  sectionError = $state<string | null>(null);
  /** What the archive holds, as the patch that would write it: the draft differs from it when unsaved. */
  #stored = $state('');
  #savedHere = $state(false);
  #nextKey = 0;

  readonly logoSrc = $derived(this.logo ? `data:${this.logo.mimeType};base64,${this.logo.dataBase64}` : null);
  readonly patch: SettingsPatch = $derived({
    uiLanguage: this.uiLanguage,
    organisation: this.organisation.trim(),
    distributionNotice: this.distributionNotice.trim(),
    copyright: this.copyright.trim(),
    defaultSections: this.sections.map((section) => section.name.trim()).filter((name) => name !== ''),
    logo: this.logo,
    chromiumPath: this.chromiumPath.trim(),
    // An emptied or out-of-range field keeps the period within what the archive accepts.
    retentionDays: Math.min(3650, Math.max(1, Math.round(Number(this.retentionDays) || 90))),
    backupCapGb: Math.min(BACKUP_CAP_GB.max, Math.max(BACKUP_CAP_GB.min, Math.round(Number(this.backupCapGb) || BACKUP_CAP_GB.default))),
  });
  readonly dirty = $derived(JSON.stringify(this.patch) !== this.#stored);
  /** "Réglages enregistrés" stays up until the draft changes again. */
  readonly saved = $derived(this.#savedHere && !this.dirty);

  async load(): Promise<void> {
    try {
      this.#take(await call('settings.get', {}));
      this.loaded = true;
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  #take(settings: Settings): void {
    this.organisation = settings.organisation;
    this.distributionNotice = settings.distributionNotice;
    this.copyright = settings.copyright;
    this.logo = settings.logo;
    this.sections = settings.defaultSections.map((name) => ({ key: this.#nextKey++, name }));
    this.chromiumPath = settings.chromiumPath;
    this.retentionDays = settings.retentionDays;
    this.backupCapGb = settings.backupCapGb;
    this.uiLanguage = settings.uiLanguage;
    this.#stored = JSON.stringify(this.patch);
  }

  /** Adds the typed section at the end; false (with a message) when it is blank or already listed. */
  addSection(): boolean {
    const name = this.newSection.trim();
    this.sectionError = null;
    if (name === '') return false;
    if (this.sections.some((section) => section.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase())) {
      this.sectionError = i18n.t('settings.sectionExists', { name });
      return false;
    }
    this.sections.push({ key: this.#nextKey++, name });
    this.newSection = '';
    return true;
  }

  removeSection(key: number): void {
    this.sections = this.sections.filter((section) => section.key !== key);
  }

  moveSection(key: number, delta: -1 | 1): void {
    const from = this.sections.findIndex((section) => section.key === key);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.sections.length) return;
    const next = [...this.sections];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    this.sections = next;
  }

  async chooseLogo(file: File): Promise<void> {
    this.logoError = null;
    const reading = await readLogo(file);
    if (reading.ok) {
      this.logo = reading.logo;
      return;
    }
    const { problem } = reading;
    this.logoError =
      problem.key === 'settings.logoTooLarge'
        ? i18n.t(problem.key, { size: problem.megabytes.toLocaleString(i18n.lang, { maximumFractionDigits: 1 }) })
        : i18n.t(problem.key);
  }

  removeLogo(): void {
    this.logo = null;
    this.logoError = null;
  }

  /** Writes the whole draft in one update; the interface switches language once it is stored. */
  async save(): Promise<void> {
    this.saving = true;
    this.error = null;
    try {
      const settings = await call('settings.update', this.patch);
      this.#take(settings);
      this.#savedHere = true;
      if (settings.uiLanguage !== i18n.lang) await i18n.set(settings.uiLanguage);
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.saving = false;
    }
  }
}
