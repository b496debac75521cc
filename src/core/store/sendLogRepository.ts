import type { SerializedError } from '../../shared/errors.js';
import type { AttachFormat, RefusedRecipient, SendResult, UiLanguage } from '../../shared/domain.js';
import type { Db } from './database.js';

/** What a send was asked to do, kept so a retry sends the same message. */
export interface SendOptionsRecord {
  lang: UiLanguage;
  attach: AttachFormat[];
  includeComments: boolean;
}

export interface SendLogRow {
  id: number;
  reviewId: number;
  edition: string;
  listName: string | null;
  recipients: string[];
  accepted: string[];
  refused: RefusedRecipient[];
  messageId: string;
  options: SendOptionsRecord;
  startedAt: string;
  finishedAt: string | null;
  result: Exclude<SendResult, 'interrupted'>;
  error: SerializedError | null;
  retryOf: number | null;
}

interface RawRow {
  id: number;
  review_id: number;
  edition: string;
  list_name: string | null;
  recipients: string;
  accepted: string;
  refused: string;
  message_id: string;
  options: string;
  started_at: string;
  finished_at: string | null;
  result: SendLogRow['result'];
  error: string | null;
  retry_of: number | null;
}

function fromRaw(r: RawRow): SendLogRow {
  return {
    id: r.id,
    reviewId: r.review_id,
    edition: r.edition,
    listName: r.list_name,
    recipients: JSON.parse(r.recipients) as string[],
    accepted: JSON.parse(r.accepted) as string[],
    refused: JSON.parse(r.refused) as RefusedRecipient[],
    messageId: r.message_id,
    options: JSON.parse(r.options) as SendOptionsRecord,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    result: r.result,
    error: r.error ? (JSON.parse(r.error) as SerializedError) : null,
    retryOf: r.retry_of,
  };
}

export type NewSend = Pick<SendLogRow, 'reviewId' | 'edition' | 'listName' | 'recipients' | 'messageId' | 'options' | 'startedAt' | 'retryOf'>;

/** Records a send about to start ('sending', nobody reached yet) and returns its id. */
export function insertSend(db: Db, send: NewSend): number {
  const info = db
    .prepare(
      `INSERT INTO send_log (review_id, edition, list_name, recipients, message_id, options, started_at, result, retry_of)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', ?)`,
    )
    .run(send.reviewId, send.edition, send.listName, JSON.stringify(send.recipients), send.messageId, JSON.stringify(send.options), send.startedAt, send.retryOf);
  return Number(info.lastInsertRowid);
}

/** Writes who has been reached and refused so far (after each batch), and the outcome once known. */
export function updateSend(
  db: Db,
  id: number,
  progress: { accepted: string[]; refused: RefusedRecipient[]; result?: SendLogRow['result']; error?: SerializedError | null; finishedAt?: string },
): void {
  db.prepare(
    `UPDATE send_log SET accepted = ?, refused = ?, result = COALESCE(?, result), error = COALESCE(?, error), finished_at = COALESCE(?, finished_at)
     WHERE id = ?`,
  ).run(
    JSON.stringify(progress.accepted),
    JSON.stringify(progress.refused),
    progress.result ?? null,
    progress.error ? JSON.stringify(progress.error) : null,
    progress.finishedAt ?? null,
    id,
  );
}

export function readSend(db: Db, id: number): SendLogRow | null {
  const row = db.prepare('SELECT * FROM send_log WHERE id = ?').get(id) as RawRow | undefined;
  return row ? fromRaw(row) : null;
}

/** The sends of a review, newest first. */
export function listSends(db: Db, reviewId: number): SendLogRow[] {
  return (db.prepare('SELECT * FROM send_log WHERE review_id = ? ORDER BY started_at DESC, id DESC').all(reviewId) as RawRow[]).map(fromRaw);
}
