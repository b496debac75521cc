import type { Topic } from '../../../shared/domain';
import { call } from '../lib/api';
import { errorMessage } from '../lib/errorMessage';

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
    this.working = true;
    try {
      const fields = { name: draft.name, query: draft.query, color: draft.color, section: draft.section === '' ? null : draft.section };
      if (id === null) await call('topics.create', fields);
      else await call('topics.update', { id, ...fields });
      this.error = null;
      await this.load();
      return true;
    } catch (error) {
      this.error = errorMessage(error);
      return false;
    } finally {
      this.working = false;
    }
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
