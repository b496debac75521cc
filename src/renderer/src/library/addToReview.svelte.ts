import { call } from '../lib/api';
import { today } from '../lib/today';
import { errorMessage } from '../lib/errorMessage';
import { library } from './libraryState.svelte';

export interface SectionChoice {
  name: string;
  /** How many items the section holds already. */
  count: number;
}

const sameName = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Adding articles from the library (the `a` key, the bulk bar) asks which section of today's
 * review they go to, offering first the section chosen last time (remembered in the settings).
 */
class AddToReviewState {
  /** The articles waiting for a section; null when nothing is being added. */
  pending = $state.raw<number[] | null>(null);
  date = $state(today());
  sections = $state.raw<SectionChoice[]>([]);
  /** The section offered first: the last one chosen when today's review has it, else its first. */
  offered = $state('');
  /** Whether the offered section is the one chosen last time. */
  remembered = $state(false);
  error = $state<string | null>(null);

  async ask(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    this.error = null;
    const date = today();
    try {
      const [review, settings] = await Promise.all([call('reviews.get', { date, edition: '' }), call('settings.get', {})]);
      // A review not made yet will get the default sections.
      const sections = review
        ? review.sections.map((section) => ({
            name: section.name,
            count: review.items.filter((item) => item.sectionId === section.id).length,
          }))
        : settings.defaultSections.map((name) => ({ name, count: 0 }));
      if (sections.length === 0) {
        await library.addToReview(ids);
        return;
      }
      this.date = date;
      this.sections = sections;
      const last = sections.find((section) => sameName(section.name, settings.lastAddSection));
      this.remembered = last !== undefined;
      this.offered = last?.name ?? sections[0]?.name ?? '';
      this.pending = ids;
    } catch (error) {
      library.error = errorMessage(error);
    }
  }

  async add(section: string): Promise<void> {
    const ids = this.pending;
    this.pending = null;
    if (!ids) return;
    await library.addToReview(ids, section);
    // Offered first next time; not worth an error in the editor's way if it cannot be kept.
    await call('settings.update', { lastAddSection: section }).catch(() => undefined);
  }

  cancel(): void {
    this.pending = null;
  }
}

export const addToReview = new AddToReviewState();
