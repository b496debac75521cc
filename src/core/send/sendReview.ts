import type { ParsedInput } from '../../shared/contract.js';
import { formatSentAt, formatSentTo } from '../../shared/sentAt.js';
import { notFound, RevueError, toSerializedError } from '../../shared/errors.js';
import type { RefusedRecipient, SendLogEntry, SendPlan, SmtpSettings } from '../../shared/domain.js';
import { requireReview } from '../reviews/findReviews.js';
import type { Db } from '../store/database.js';
import { readRecipientList } from '../store/recipientListRepository.js';
import { insertSend, listSends, readSend, updateSend, type SendLogRow, type SendOptionsRecord } from '../store/sendLogRepository.js';
import { resolveRecipients } from './addresses.js';
import { newMessageId } from './composeMessage.js';
import { deliverBatch } from './deliver.js';
import { buildReviewMessage } from './reviewMessage.js';
import { resolveSmtp, type SendDeps } from './smtpConfig.js';
import type { Printer } from '../export/pdfPrinter.js';

/** Sends running in this process: a 'sending' row that is not among them was cut off. */
const active = new Set<number>();

/** The log row as the UI reads it: who was not reached, and whether a send in progress was cut off. */
export function toLogEntry(row: SendLogRow): SendLogEntry {
  const done = new Set([...row.accepted, ...row.refused.map((r) => r.address)].map((a) => a.toLowerCase()));
  return {
    id: row.id,
    reviewId: row.reviewId,
    edition: row.edition,
    listName: row.listName,
    recipientCount: row.recipients.length,
    accepted: row.accepted,
    refused: row.refused,
    unreached: row.recipients.filter((a) => !done.has(a.toLowerCase())),
    messageId: row.messageId,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    result: row.result === 'sending' && !active.has(row.id) ? 'interrupted' : row.result,
    error: row.error,
    attach: row.options.attach,
    includeComments: row.options.includeComments,
    retryOf: row.retryOf,
  };
}

/** Every send of a review, newest first. */
export function sendLog(db: Db, reviewId: number): SendLogEntry[] {
  return listSends(db, reviewId).map(toLogEntry);
}

function lastReached(db: Db, reviewId: number): SendLogEntry | null {
  return sendLog(db, reviewId).find((entry) => entry.accepted.length > 0) ?? null;
}

function itemCount(db: Db, reviewId: number): number {
  return requireReview(db, reviewId).items.length;
}

/** Who a send would reach and what the confirmation must say (empty review, already sent). */
export function planSend(db: Db, reviewId: number, to: string[]): SendPlan {
  const recipients = resolveRecipients(to, (name) => readRecipientList(db, name));
  return { recipients: recipients.addresses, listNames: recipients.listNames, empty: itemCount(db, reviewId) === 0, lastSent: lastReached(db, reviewId) };
}

interface Delivery {
  reviewId: number;
  listNames: string[];
  recipients: string[];
  options: SendOptionsRecord;
  messageId: string;
  retryOf: number | null;
}

/**
 * Builds the message once and sends it in batches of at most `maxRecipientsPerMessage`, writing
 * to the log after each batch who got it and who was refused. A batch that fails as a whole ends
 * the send: the rest are left unreached, and a retry sends to them (and to the refused) only.
 */
async function deliver(db: Db, deps: SendDeps & { printer?: Printer | undefined }, settings: SmtpSettings, password: string | null, d: Delivery): Promise<SendLogEntry> {
  const review = requireReview(db, d.reviewId);
  const { bytes } = await buildReviewMessage(
    db,
    d.reviewId,
    { ...d.options, printer: deps.printer },
    {
      from: settings.from,
      replyTo: settings.replyTo || null,
      to: d.listNames.length > 0 ? { listName: d.listNames.join(' + ') } : { addresses: d.recipients },
      messageId: d.messageId,
      draft: false,
    },
  );
  const id = insertSend(db, {
    reviewId: d.reviewId,
    edition: review.edition,
    listName: d.listNames.length > 0 ? d.listNames.join(', ') : null,
    recipients: d.recipients,
    messageId: d.messageId,
    options: d.options,
    startedAt: new Date().toISOString(),
    retryOf: d.retryOf,
  });
  active.add(id);
  const accepted: string[] = [];
  const refused: RefusedRecipient[] = [];
  try {
    const size = Math.max(1, settings.maxRecipientsPerMessage);
    for (let start = 0; start < d.recipients.length; start += size) {
      const batch = d.recipients.slice(start, start + size);
      try {
        const outcome = await deliverBatch({ settings, password }, batch, bytes);
        accepted.push(...outcome.accepted);
        refused.push(...outcome.refused);
        updateSend(db, id, { accepted, refused });
      } catch (error) {
        updateSend(db, id, { accepted, refused, result: accepted.length > 0 ? 'partial' : 'failed', error: toSerializedError(error), finishedAt: new Date().toISOString() });
        return toLogEntry(readSend(db, id) as SendLogRow);
      }
    }
    const result = refused.length === 0 ? 'sent' : accepted.length > 0 ? 'partial' : 'failed';
    const error = result === 'failed' ? new RevueError('SMTP_REFUSED', { detail: refused.map((r) => `${r.address}: ${r.reason}`).join(' ; ').slice(0, 500) }).toJSON() : null;
    updateSend(db, id, { accepted, refused, result, error, finishedAt: new Date().toISOString() });
    return toLogEntry(readSend(db, id) as SendLogRow);
  } finally {
    active.delete(id);
  }
}

/**
 * Sends the review by e-mail to lists and addresses through the SMTP settings in force. Refuses
 * first, with a message and nothing sent, when there is no server, an address is invalid, the
 * review is empty or was already sent (unless the editor confirmed). Returns the log entry.
 */
export async function sendReview(db: Db, deps: SendDeps & { printer?: Printer | undefined }, input: ParsedInput<'send.send'>): Promise<SendLogEntry> {
  const { settings, password } = resolveSmtp(db, deps);
  const plan = planSend(db, input.reviewId, input.to);
  if (plan.empty && !input.allowEmpty) throw new RevueError('REVIEW_EMPTY');
  if (plan.lastSent && !input.confirmResend) {
    throw new RevueError('SEND_ALREADY_SENT', { when: `${formatSentAt(plan.lastSent.startedAt, input.lang)} ${input.lang === 'fr' ? 'à' : 'to'} ${formatSentTo(plan.lastSent, input.lang)}` });
  }
  return deliver(db, deps, settings, password, {
    reviewId: input.reviewId,
    listNames: plan.listNames,
    recipients: plan.recipients,
    options: { lang: input.lang, attach: input.attach, includeComments: input.includeComments },
    messageId: newMessageId(settings.from),
    retryOf: null,
  });
}

/** Sends a logged message again (same Message-ID), only to its recipients that were refused or not reached. */
export async function retrySend(db: Db, deps: SendDeps & { printer?: Printer | undefined }, logId: number): Promise<SendLogEntry> {
  const row = readSend(db, logId);
  if (!row) throw notFound('send', logId);
  const entry = toLogEntry(row);
  if (entry.result === 'sending') throw new RevueError('SEND_IN_PROGRESS');
  const targets = [...entry.refused.map((r) => r.address), ...entry.unreached];
  if (targets.length === 0) throw new RevueError('NO_RECIPIENTS');
  const { settings, password } = resolveSmtp(db, deps);
  return deliver(db, deps, settings, password, {
    reviewId: row.reviewId,
    listNames: row.listName ? row.listName.split(', ') : [],
    recipients: targets,
    options: row.options,
    messageId: row.messageId,
    retryOf: row.id,
  });
}
