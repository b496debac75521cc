import type { Topic } from '../../../shared/domain';
import { call } from '../lib/api';
import { changeAndReload } from '../lib/changeAndReload';
import { errorMessage } from '../lib/errorMessage';

/** How often the relabel's progress is asked for while a topic is saved. */
const POLL_MS = 250;

export interface TopicDraft {
  name: string;
  query: string;
  color: string;
  section: string;
}

/** The watch topics as the archive last answered, and their editing (a changed query relabels the archive). */
export class TopicsState {
  topics = $state.raw<Topic[]>([]);
  /** The sections a topic may point to: the default sections of new reviews. */
  sections = $state.raw<string[]>([]);
  error = $state<string | null>(null);
  working = $state(false);
  /** How far the relabel of the archive has gone (0–100) while a save runs; null before it reports. */
  percent = $state<number | null>(null);

  async load(): Promise<void> {
    try {
      const [topics, settings] = await Promise.all([call('topics.list', {}), call('settings.get', {})]);
      this.topics = topics;
      this.sections = settings.defaultSections;
      this.error = null;
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Creates (id null) or changes a topic; true when the archive accepted it. */
  async save(id: number | null, draft: TopicDraft): Promise<boolean> {
    const fields = { name: draft.name, query: draft.query, color: draft.color, section: draft.section === '' ? null : draft.section };
    try {
      return await changeAndReload(this, () => this.followRelabel(id === null ? call('topics.create', fields) : call('topics.update', { id, ...fields })));
    } finally {
      this.percent = null;
    }
  }

  /** Polls the relabel's progress until the save answers (a large archive takes a while). */
  private async followRelabel(saving: Promise<unknown>): Promise<void> {
    let done = false;
    const finished = saving.finally(() => (done = true));
    while (!done) {
      await Promise.race([finished.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, POLL_MS))]);
      if (done) break;
      const [under] = await call('topics.relabelProgress', {}).catch(() => []);
      if (under !== undefined && !done) this.percent = under.percent;
    }
    await finished;
  }

  async remove(id: number): Promise<void> {
    try {
      await call('topics.remove', { id });
      await this.load();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}
