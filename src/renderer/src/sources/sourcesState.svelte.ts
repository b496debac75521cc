import { SvelteSet } from 'svelte/reactivity';
import type { RefreshReport, Source, SourcePreview, SourceStatus } from '../../../shared/domain';
import { call } from '../lib/api';
import { changeAndReload } from '../lib/changeAndReload';
import { errorMessage } from '../lib/errorMessage';
import { download } from '../lib/download';

export type SourceSort = 'name' | 'status' | 'lastCheckedAt' | 'lastNewAt' | 'every';
export type StatusFilter = 'all' | SourceStatus | 'paused';

/** What the add form asks for; `links` makes it a page without a feed. */
export interface SourceDraft {
  url: string;
  name: string;
  links: string;
  every: number;
  /** Which of the announced feeds (0-based). */
  feed: number;
}

/** Health first: broken, then failing, new, fine; paused ones last. */
const STATUS_ORDER: Record<SourceStatus, number> = { broken: 0, failing: 1, new: 2, ok: 3 };

function compare(a: Source, b: Source, key: SourceSort): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
    case 'status':
      return Number(!a.enabled) - Number(!b.enabled) || STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'every':
      return a.every - b.every;
    default:
      // Never checked (null) after every date.
      return (a[key] ?? '').localeCompare(b[key] ?? '');
  }
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The followed sources as the archive last answered them, their sorting, filtering and selection, and every action on them. */
export class SourcesState {
  sources = $state.raw<Source[]>([]);
  sort = $state<SourceSort>('name');
  descending = $state(false);
  filter = $state('');
  status = $state<StatusFilter>('all');
  readonly selected = new SvelteSet<number>();
  preview = $state.raw<SourcePreview | null>(null);
  previewing = $state(false);
  working = $state(false);
  error = $state<string | null>(null);
  /** The last thing done, said in a line (added, imported from OPML, refreshed). */
  notice = $state<string | null>(null);
  lastReport = $state.raw<RefreshReport | null>(null);

  shown = $derived.by(() => {
    const wanted = fold(this.filter.trim());
    const list = this.sources.filter((source) => {
      if (this.status === 'paused' ? source.enabled : this.status !== 'all' && (source.status !== this.status || !source.enabled)) return false;
      return wanted === '' || fold(`${source.name} ${source.url} ${source.publication ?? ''}`).includes(wanted);
    });
    const sorted = [...list].sort((a, b) => compare(a, b, this.sort) || a.id - b.id);
    return this.descending ? sorted.reverse() : sorted;
  });

  async load(): Promise<void> {
    try {
      this.sources = await call('sources.list', {});
      const known = this.sources.map((source) => source.id);
      for (const id of [...this.selected]) if (!known.includes(id)) this.selected.delete(id);
      this.error = null;
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  sortBy(key: SourceSort): void {
    if (this.sort === key) this.descending = !this.descending;
    else {
      this.sort = key;
      this.descending = false;
    }
  }

  toggle(id: number): void {
    if (this.selected.has(id)) this.selected.delete(id);
    else this.selected.add(id);
  }

  toggleAll(): void {
    const shown = this.shown.map((source) => source.id);
    const all = shown.length > 0 && shown.every((id) => this.selected.has(id));
    this.selected.clear();
    if (!all) for (const id of shown) this.selected.add(id);
  }

  /** Reads what the address leads to, without saving it. */
  async showPreview(draft: SourceDraft): Promise<void> {
    this.previewing = true;
    this.preview = null;
    try {
      this.preview = await call('sources.preview', this.request(draft));
      this.error = null;
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.previewing = false;
    }
  }

  /** Follows the source; true when the archive accepted it. */
  async add(draft: SourceDraft, notice: (name: string) => string): Promise<boolean> {
    return changeAndReload(this, async () => {
      const { source } = await call('sources.add', {
        ...this.request(draft),
        every: draft.every,
        ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
      });
      this.preview = null;
      this.notice = notice(source.name);
    });
  }

  setEnabled(enabled: boolean): Promise<boolean> {
    return changeAndReload(this, () => call('sources.setEnabled', { ids: [...this.selected], enabled }));
  }

  remove(): Promise<boolean> {
    return changeAndReload(this, async () => {
      await call('sources.remove', { ids: [...this.selected] });
      this.selected.clear();
    });
  }

  importOpml(file: File, notice: (added: number, existing: number, failed: number) => string): Promise<boolean> {
    return changeAndReload(this, async () => {
      const result = await call('sources.importOpml', { opml: await file.text() });
      this.notice = notice(result.added.length, result.existing.length, result.failed.length);
    });
  }

  async exportOpml(): Promise<void> {
    try {
      const { opml } = await call('sources.exportOpml', {});
      download('revue-sources.opml', 'text/x-opml', btoa(String.fromCharCode(...new TextEncoder().encode(opml))));
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Refreshes the selected sources now (all the enabled ones when none is selected). */
  refreshNow(notice: (report: RefreshReport) => string): Promise<boolean> {
    const ids = [...this.selected];
    return changeAndReload(this, async () => {
      const report = await call('refresh.run', ids.length > 0 ? { ids } : { all: true });
      this.lastReport = report;
      this.notice = notice(report);
    });
  }

  private request(draft: SourceDraft): { url: string; links?: string; feed?: number } {
    const links = draft.links.trim();
    return { url: draft.url.trim(), ...(links ? { links } : { feed: draft.feed }) };
  }
}
