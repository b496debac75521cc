import type { Source } from '../../../shared/domain';
import { call } from '../lib/api';
import { errorMessage } from '../lib/errorMessage';

/** The edit form's fields; empty publication or language: none (the language is then detected). */
export interface SourceEditDraft {
  name: string;
  publication: string;
  lang: string;
  every: number;
  enabled: boolean;
  links: string;
}

/** Languages offered first; a source's own, if another, is offered too. */
export const SOURCE_LANGUAGES = ['fr', 'ar', 'en', 'es', 'de', 'it'];

function draftOf(source: Source): SourceEditDraft {
  return {
    name: source.name,
    publication: source.publication ?? '',
    lang: source.lang ?? '',
    every: source.every,
    enabled: source.enabled,
    links: source.linkSelector ?? '',
  };
}

/** One source being edited: its draft, the registry's publication names to choose from, the save. */
export class SourceEditState {
  source = $state.raw<Source | null>(null);
  draft = $state<SourceEditDraft>({ name: '', publication: '', lang: '', every: 30, enabled: true, links: '' });
  /** The registry's publications, by name, for the publication field's suggestions. */
  publications = $state.raw<string[]>([]);
  saving = $state(false);
  error = $state<string | null>(null);

  async open(source: Source): Promise<void> {
    this.source = source;
    this.draft = draftOf(source);
    this.error = null;
    try {
      this.publications = (await call('publications.list', {})).map((publication) => publication.name);
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  close(): void {
    this.source = null;
    this.error = null;
  }

  /** Saves what changed; the source as saved, or null (and the error said) when refused. */
  async save(): Promise<Source | null> {
    const source = this.source;
    if (source === null) return null;
    const before = draftOf(source);
    const draft = this.draft;
    const name = draft.name.trim();
    const publication = draft.publication.trim();
    const links = draft.links.trim();
    this.saving = true;
    try {
      const saved = await call('sources.update', {
        id: source.id,
        ...(name !== before.name && name !== '' ? { name } : {}),
        ...(publication !== before.publication ? { publication: publication === '' ? null : publication } : {}),
        ...(draft.lang !== before.lang ? { lang: draft.lang === '' ? null : draft.lang } : {}),
        ...(draft.every !== before.every ? { every: Number(draft.every) } : {}),
        ...(draft.enabled !== before.enabled ? { enabled: draft.enabled } : {}),
        ...(source.kind === 'page' && links !== before.links && links !== '' ? { links } : {}),
      });
      this.source = null;
      this.error = null;
      return saved;
    } catch (error) {
      this.error = errorMessage(error);
      return null;
    } finally {
      this.saving = false;
    }
  }
}
