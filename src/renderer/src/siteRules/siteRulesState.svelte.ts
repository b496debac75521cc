import type { SiteRule } from '../../../shared/domain';
import { call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { errorMessage } from '../lib/errorMessage';

/** The removal selectors typed one per line, without blank lines. */
export function selectorLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Réglages › Règles de site: the rules, and the one being written or edited. */
export class SiteRulesState {
  list = $state.raw<SiteRule[]>([]);
  domain = $state('');
  body = $state('');
  remove = $state('');
  busy = $state(false);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      this.list = await call('siteRules.list', {});
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  edit(rule: SiteRule): void {
    this.domain = rule.domain;
    this.body = rule.body ?? '';
    this.remove = rule.remove.join('\n');
    this.notice = null;
  }

  async save(): Promise<boolean> {
    return this.run(async () => {
      const saved = await call('siteRules.save', { domain: this.domain, body: this.body.trim() || null, remove: selectorLines(this.remove) });
      this.notice = i18n.t('siteRules.saved', { domain: saved.domain });
      this.domain = '';
      this.body = '';
      this.remove = '';
    });
  }

  async delete(domain: string): Promise<boolean> {
    return this.run(async () => {
      await call('siteRules.remove', { domain });
    });
  }

  private async run(work: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.error = null;
    this.notice = null;
    try {
      await work();
      this.list = await call('siteRules.list', {});
      return true;
    } catch (error) {
      this.error = errorMessage(error);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
