import type { Inbox, InboxStory, Topic, TriageDecision } from '../../../shared/domain';
import { call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { errorMessage } from '../lib/errorMessage';
import { formatDate } from '../lib/formatDate';
import { reviewChanges } from '../lib/reviewChanges.svelte';
import { today } from '../lib/today';

/** One line of the inbox: a story, under the topic it is listed for (null: no topic). */
export interface InboxEntry {
  key: string;
  topic: Topic | null;
  story: InboxStory;
}

/**
 * The inbox « Nouveautés »: what arrived since the last review (or a chosen day), its entries in
 * display order (topic by topic, then the stories no topic labels), a cursor for the keyboard,
 * and triage (retain, dismiss, undo), each one call after which the inbox is asked again.
 */
export class InboxState {
  inbox = $state.raw<Inbox | null>(null);
  /** A chosen first day (YYYY-MM-DD), or '' for "since the last review". */
  since = $state('');
  cursor = $state(0);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);
  busy = $state(false);
  /** The articles of each triage, newest last, for undo. */
  private done: number[][] = [];
  private generation = 0;

  entries = $derived.by((): InboxEntry[] => {
    if (!this.inbox) return [];
    const grouped = this.inbox.topics.flatMap((group) =>
      group.stories.map((story) => ({ key: `${group.topic.id}-${story.articles[0]?.id ?? 0}`, topic: group.topic, story })),
    );
    const rest = this.inbox.untopical.map((story) => ({ key: `none-${story.articles[0]?.id ?? 0}`, topic: null, story }));
    return [...grouped, ...rest];
  });
  current = $derived(this.entries[Math.min(this.cursor, this.entries.length - 1)] ?? null);
  canUndo = $state(false);

  async load(): Promise<void> {
    const generation = ++this.generation;
    try {
      const inbox = await call('inbox.get', { today: today(), ...(this.since ? { since: this.since } : {}) });
      if (generation !== this.generation) return;
      this.inbox = inbox;
      this.cursor = Math.max(0, Math.min(this.cursor, this.entries.length - 1));
      this.error = null;
    } catch (error) {
      if (generation === this.generation) this.error = errorMessage(error);
    }
  }

  async setSince(day: string): Promise<void> {
    this.since = day;
    this.cursor = 0;
    await this.load();
  }

  move(delta: number): void {
    this.cursor = Math.max(0, Math.min(this.entries.length - 1, this.cursor + delta));
  }

  /** Retains or dismisses every article of the entry's story; retained ones go to today's review. */
  async triage(entry: InboxEntry | null, decision: TriageDecision): Promise<void> {
    if (!entry || this.busy) return;
    const articleIds = entry.story.articles.map((article) => article.id);
    const title = entry.story.articles[0]?.title ?? '';
    this.busy = true;
    try {
      const reviewDate = today();
      await call('inbox.triage', { articleIds, decision, topicId: entry.topic?.id ?? null, reviewDate });
      this.done.push(articleIds);
      this.canUndo = true;
      const section = entry.topic?.section ?? null;
      const date = formatDate(reviewDate, i18n.lang, 'long');
      this.notice =
        decision === 'dismissed'
          ? i18n.t('inbox.dismissed', { title })
          : i18n.t(section ? 'inbox.retainedIn' : 'inbox.retained', { title, date, section });
      if (decision === 'retained') reviewChanges.notify();
      await this.load();
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  /** Takes back the last triage: its articles are new again. */
  async undo(): Promise<void> {
    const articleIds = this.done.pop();
    this.canUndo = this.done.length > 0;
    if (!articleIds) return;
    try {
      await call('inbox.untriage', { articleIds });
      this.notice = i18n.t('inbox.undone');
      reviewChanges.notify();
      await this.load();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}

export const inboxState = new InboxState();
