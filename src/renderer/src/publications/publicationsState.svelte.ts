import type { Publication, PublicationType } from '../../../shared/domain';
import { call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { errorMessage } from '../lib/errorMessage';
import { normalizeForMatch } from './normalizeForMatch';

/** What the details form edits. */
export interface PublicationDetails {
  type: PublicationType;
  lang: string | null;
  country: string | null;
  editionOf: number | null;
}

/** The registry as Réglages › Publications shows it: filtered as typed, edited through the contract. */
export class PublicationsState {
  list = $state.raw<Publication[]>([]);
  loaded = $state(false);
  filter = $state('');
  citedOnly = $state(true);
  busy = $state(false);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);

  readonly shown = $derived.by(() => {
    const wanted = normalizeForMatch(this.filter);
    return this.list.filter((p) => {
      if (this.citedOnly && p.articleCount === 0) return false;
      if (!wanted) return true;
      return [p.name, ...p.aliases, ...p.domains].some((name) => normalizeForMatch(name).includes(wanted));
    });
  });

  async load(): Promise<void> {
    try {
      this.list = await call('publications.list', {});
      this.loaded = true;
    } catch (error) {
      this.fail(error);
    }
  }

  rename(id: number, name: string): Promise<boolean> {
    return this.run(async () => {
      const renamed = await call('publications.update', { id, name });
      this.notice = i18n.t('publications.renamed', { name: renamed.name });
    });
  }

  addAlias(id: number, alias: string): Promise<boolean> {
    return this.run(async () => {
      const publication = await call('publications.addAlias', { id, alias });
      this.notice = i18n.t('publications.aliased', { name: publication.name });
    });
  }

  /** Type, language, country and the publication this one is an edition of (null: none). */
  reclassify(id: number, fields: PublicationDetails): Promise<boolean> {
    return this.run(async () => {
      const updated = await call('publications.update', { id, ...fields });
      this.notice = i18n.t('publications.updated', { name: updated.name });
    });
  }

  removeAlias(id: number, alias: string): Promise<boolean> {
    return this.run(async () => {
      const publication = await call('publications.removeAlias', { id, alias });
      this.notice = i18n.t('publications.aliasRemoved', { alias, name: publication.name });
    });
  }

  merge(from: Publication, into: number): Promise<boolean> {
    return this.run(async () => {
      const merged = await call('publications.merge', { from: from.id, into });
      this.notice = i18n.t('publications.merged', { from: from.name, into: merged.name });
    });
  }

  /** Runs an edit, then reloads the list (a merge or a rename changes other rows' counts and names). */
  private async run(edit: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.error = null;
    this.notice = null;
    try {
      await edit();
      this.list = await call('publications.list', {});
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    } finally {
      this.busy = false;
    }
  }

  private fail(error: unknown): void {
    this.error = errorMessage(error);
  }
}
