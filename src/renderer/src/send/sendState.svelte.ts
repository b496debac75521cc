import type { AttachFormat, RecipientList, Review, SendLogEntry, SendPlan } from '../../../shared/domain';
import type { SerializedError } from '../../../shared/errors';
import { ApiError, call } from '../lib/api';
import { i18n } from '../lib/i18n.svelte';
import { saveExport } from '../lib/saveExport';

function serialized(error: unknown): SerializedError {
  return error instanceof ApiError ? error.error : { code: 'INTERNAL', message: i18n.t('errors.generic'), params: {} };
}

/**
 * The "Envoyer" dialog's state: who (a list and/or addresses), what (attachments, comments), the
 * 600 px preview, the confirmation step and the review's send log.
 */
export class SendState {
  readonly review: Review;
  lists = $state<RecipientList[]>([]);
  listName = $state('');
  extra = $state('');
  pdf = $state(true);
  docx = $state(false);
  includeComments = $state(false);
  subject = $state('');
  previewHtml = $state('');
  log = $state<SendLogEntry[]>([]);
  /** Set while the confirmation is asked. */
  plan = $state<SendPlan | null>(null);
  busy = $state(false);
  error = $state<SerializedError | null>(null);
  status = $state<string | null>(null);

  readonly to: string[] = $derived([
    ...(this.listName ? [this.listName] : []),
    ...this.extra
      .split(/[,;\n]+/)
      .map((a) => a.trim())
      .filter(Boolean),
  ]);
  readonly attach: AttachFormat[] = $derived([...(this.pdf ? (['pdf'] as const) : []), ...(this.docx ? (['docx'] as const) : [])]);
  readonly errorText = $derived(this.error ? i18n.error(this.error) : null);
  /** The message was over the server's limit with the DOCX: offer to send it without. */
  readonly canDropDocx = $derived(this.error?.code === 'SMTP_TOO_LARGE' && this.docx);

  constructor(review: Review) {
    this.review = review;
  }

  async load(): Promise<void> {
    try {
      const [lists, log] = await Promise.all([call('lists.list', {}), call('send.log', { reviewId: this.review.id })]);
      this.lists = lists;
      this.log = log;
      if (!this.listName && lists[0]) this.listName = lists[0].name;
      await this.refreshPreview();
    } catch (error) {
      this.error = serialized(error);
    }
  }

  async refreshPreview(): Promise<void> {
    const preview = await call('send.preview', { reviewId: this.review.id, lang: i18n.lang, includeComments: this.includeComments });
    this.subject = preview.subject;
    this.previewHtml = preview.html;
  }

  /** First step: who it would reach and what to warn about; nothing is sent yet. */
  async prepare(): Promise<void> {
    this.error = null;
    this.status = null;
    if (this.to.length === 0) {
      this.error = { code: 'NO_RECIPIENTS', message: '', params: {} };
      return;
    }
    try {
      this.plan = await call('send.plan', { reviewId: this.review.id, to: this.to });
    } catch (error) {
      this.error = serialized(error);
    }
  }

  cancel(): void {
    this.plan = null;
  }

  /** Second step, after the editor confirmed (a second send and an empty review included). */
  async confirm(): Promise<void> {
    this.plan = null;
    await this.#run(() =>
      call('send.send', {
        reviewId: this.review.id,
        lang: i18n.lang,
        to: this.to,
        attach: this.attach,
        includeComments: this.includeComments,
        confirmResend: true,
        allowEmpty: true,
      }),
    );
  }

  async sendWithoutDocx(): Promise<void> {
    this.docx = false;
    await this.confirm();
  }

  async retry(logId: number): Promise<void> {
    await this.#run(() => call('send.retry', { logId }));
  }

  async #run(send: () => Promise<SendLogEntry>): Promise<void> {
    this.busy = true;
    this.error = null;
    this.status = i18n.t('send.sending');
    try {
      const entry = await send();
      this.log = await call('send.log', { reviewId: this.review.id });
      this.status = null;
      this.error = entry.error;
    } catch (error) {
      this.status = null;
      this.error = serialized(error);
    } finally {
      this.busy = false;
    }
  }

  /** The same message as a draft file for the mail client (X-Unsent). */
  async saveDraft(): Promise<void> {
    this.error = null;
    const input = { reviewId: this.review.id, format: 'eml' as const, layout: this.review.layout, lang: i18n.lang, attach: this.attach, includeComments: this.includeComments };
    try {
      this.status = await saveExport(input);
    } catch (error) {
      this.error = serialized(error);
    }
  }
}
