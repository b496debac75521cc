import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailEdition } from './emailEdition.js';
import { LOGO_CID } from './renderEmailHtml.js';

export interface MessageAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MessageOptions {
  /** "Name <address>" or an address; a draft may have none (the mail client fills it in). */
  from: string | null;
  replyTo?: string | null;
  /**
   * What the To header shows: the addresses themselves, or a list's name as an empty group
   * ("Direction: ;") so that recipients do not see each other; the envelope carries the addresses.
   */
  to: { addresses: string[] } | { listName: string } | null;
  messageId: string;
  date?: Date;
  /** A draft to open in a mail client: `X-Unsent: 1` (Outlook, Thunderbird open it ready to send). */
  draft: boolean;
  attachments: MessageAttachment[];
}

/** A fresh Message-ID on the sender's domain (or a reserved one when there is no sender yet). */
export function newMessageId(from: string | null): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from ?? '')?.[1] ?? 'revue.invalid';
  return `<${randomUUID()}@${domain}>`;
}

/** An RFC 2822 group with no members: the list's name without its addresses. */
function groupOf(name: string): string {
  return `${name.replace(/["\\:;,<>@()[\]]/g, ' ').replace(/\s+/g, ' ').trim() || 'Destinataires'}: ;`;
}

/**
 * The message as RFC 5322 bytes: multipart/alternative (text, then HTML with the logo in a
 * multipart/related by Content-ID) inside multipart/mixed with the attachments; the subject
 * encoded per RFC 2047, Message-ID, Date, MIME-Version and Content-Language set.
 */
export async function composeMessage(edition: EmailEdition, options: MessageOptions): Promise<Buffer> {
  const to = options.to === null ? undefined : 'listName' in options.to ? groupOf(options.to.listName) : options.to.addresses;
  const headers: Record<string, string> = { 'Content-Language': edition.lang };
  if (options.draft) headers['X-Unsent'] = '1';
  const composer = new MailComposer({
    ...(options.from ? { from: options.from } : {}),
    ...(options.replyTo ? { replyTo: options.replyTo } : {}),
    ...(to ? { to } : {}),
    subject: edition.subject,
    text: edition.text,
    html: edition.html,
    messageId: options.messageId,
    date: options.date ?? new Date(),
    headers,
    attachments: [
      ...(edition.logo
        ? [{ filename: edition.logo.mimeType === 'image/png' ? 'logo.png' : 'logo.jpg', content: Buffer.from(edition.logo.data), contentType: edition.logo.mimeType, cid: LOGO_CID, contentDisposition: 'inline' }]
        : []),
      ...options.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    ],
  });
  return composer.compile().build();
}
