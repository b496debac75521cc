import type { SiteRulePreview } from '../../../shared/domain';
import { call } from '../lib/api';
import { debounce } from '../lib/debounce';
import { errorMessage } from '../lib/errorMessage';
import { selectorLines } from './siteRulesState.svelte';

/** Pause after typing a selector before the preview is asked for. */
const PREVIEW_PAUSE_MS = 350;

/**
 * "Ce n'est pas l'article": a rule for the open article's site, tried on its kept page as the
 * editor chooses blocks or types selectors, then saved.
 */
export class RuleEditor {
  domain = $state('');
  body = $state('');
  remove = $state('');
  preview = $state.raw<SiteRulePreview | null>(null);
  previewing = $state(false);
  saving = $state(false);
  error = $state<string | null>(null);
  #asked = 0;

  constructor(readonly articleId: number) {}

  /** First look: the page's blocks and the site's domain, under the site's current rule if it has one. */
  async start(): Promise<void> {
    try {
      const rules = await call('siteRules.list', {});
      await this.refresh();
      const domain = this.preview?.domain ?? '';
      const current = rules.find((rule) => domain === rule.domain || domain.endsWith(`.${rule.domain}`));
      this.domain = current?.domain ?? domain;
      if (current) {
        this.body = current.body ?? '';
        this.remove = current.remove.join('\n');
        await this.refresh();
      }
    } catch (error) {
      this.fail(error);
    }
  }

  readonly schedulePreview = debounce(() => void this.refresh(), PREVIEW_PAUSE_MS);

  useAsBody(selector: string): void {
    this.body = selector;
    void this.refresh();
  }

  removeBlock(selector: string): void {
    const lines = selectorLines(this.remove);
    if (!lines.includes(selector)) this.remove = [...lines, selector].join('\n');
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const asked = ++this.#asked;
    this.previewing = true;
    try {
      const preview = await call('siteRules.preview', { articleId: this.articleId, body: this.body.trim() || null, remove: selectorLines(this.remove) });
      if (asked !== this.#asked) return;
      this.preview = preview;
      this.error = null;
    } catch (error) {
      if (asked === this.#asked) this.fail(error);
    } finally {
      if (asked === this.#asked) this.previewing = false;
    }
  }

  /** Saves the rule for the domain; true when saved (the reader then extracts the article again). */
  async save(): Promise<boolean> {
    this.saving = true;
    this.error = null;
    try {
      await call('siteRules.save', { domain: this.domain, body: this.body.trim() || null, remove: selectorLines(this.remove) });
      return true;
    } catch (error) {
      this.fail(error);
      return false;
    } finally {
      this.saving = false;
    }
  }

  private fail(error: unknown): void {
    this.error = errorMessage(error);
  }
}
