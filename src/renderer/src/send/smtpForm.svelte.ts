import type { RecipientList, SmtpSecurity, SmtpSettingsView } from '../../../shared/domain';
import { call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { errorMessage } from '../lib/errorMessage';

/** The sending settings (the SMTP server; the password only written, never read back) and the recipient lists. */
export class SmtpForm {
  view = $state<SmtpSettingsView | null>(null);
  host = $state('');
  port = $state(587);
  security = $state<SmtpSecurity>('starttls');
  username = $state('');
  /** A new password; empty keeps the stored one. */
  password = $state('');
  from = $state('');
  replyTo = $state('');
  allowInvalidCertificate = $state(false);
  status = $state<string | null>(null);
  error = $state<string | null>(null);
  listName = $state('');
  listAddresses = $state('');
  #hostAllowed = '';

  readonly warning = $derived(
    this.view?.fromEnvironment
      ? i18n.t('send.fromEnvironment')
      : this.view?.passwordStorage === 'unencrypted' && this.view.passwordLocation
        ? i18n.t('send.unencrypted', { path: this.view.passwordLocation })
        : null,
  );

  async load(): Promise<void> {
    try {
      this.#take(await call('smtp.get', {}));
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  #take(view: SmtpSettingsView): void {
    this.view = view;
    const s = view.fromEnvironment ? null : view.server;
    if (!s) return;
    this.host = s.host;
    this.port = s.port;
    this.security = s.security;
    this.username = s.username;
    this.from = s.from;
    this.replyTo = s.replyTo;
    this.allowInvalidCertificate = s.allowInvalidCertificate;
    this.#hostAllowed = s.allowInvalidCertificate ? s.host : '';
  }

  /** The allowance belongs to one server: typing another host withdraws it. */
  onHostChange(): void {
    if (this.host.trim() !== this.#hostAllowed) this.allowInvalidCertificate = false;
  }

  async save(): Promise<void> {
    this.status = null;
    this.error = null;
    try {
      this.#take(
        await call('smtp.update', {
          host: this.host,
          port: this.port,
          security: this.security,
          username: this.username,
          from: this.from,
          replyTo: this.replyTo,
          allowInvalidCertificate: this.allowInvalidCertificate,
          ...(this.password ? { password: this.password } : {}),
        }),
      );
      this.password = '';
      this.status = i18n.t('send.saved');
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  async test(): Promise<void> {
    this.status = null;
    this.error = null;
    try {
      const sent = await call('smtp.test', { lang: i18n.lang });
      this.status = i18n.t('send.testSent', { to: sent.accepted.join(', ') });
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Saves the list typed (a name and its addresses); a wrong address is refused by name. */
  async saveList(): Promise<RecipientList | null> {
    this.status = null;
    this.error = null;
    try {
      const list = await call('lists.save', { name: this.listName, addresses: this.listAddresses.split('\n') });
      this.status = i18n.t('send.listSaved', { name: list.name, count: list.addresses.length });
      this.listName = '';
      this.listAddresses = '';
      return list;
    } catch (error) {
      this.error = errorMessage(error);
      return null;
    }
  }

  edit(list: RecipientList): void {
    this.listName = list.name;
    this.listAddresses = list.addresses.join('\n');
  }

  /** The recipient lists as the archive has them now. */
  lists(): Promise<RecipientList[]> {
    return call('lists.list', {});
  }

  async removeList(name: string): Promise<void> {
    await call('lists.remove', { name });
  }
}
