import { simpleParser } from 'mailparser';
import { RevueError } from '../../shared/errors.js';

/**
 * A page saved as "Web page, single file" (.mht, .mhtml): a MIME message, multipart/related,
 * whose text/html part is usually quoted-printable. Told by its name or by its MIME header.
 */
export function looksLikeMhtml(name: string, bytes: Uint8Array): boolean {
  if (/\.mht(ml)?$/i.test(name)) return true;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /^MIME-Version:/im.test(head) && /^Content-Type:\s*multipart\/related/im.test(head);
}

/**
 * The HTML page of an MHTML file, decoded (quoted-printable or base64, then its charset) by
 * mailparser, and the address it was saved from (Chrome's Snapshot-Content-Location, else the
 * first Content-Location). NOT_HTML when the message holds no HTML part.
 */
export async function decodeMhtml(name: string, bytes: Uint8Array): Promise<{ html: string; url: string | null }> {
  const parsed = await simpleParser(Buffer.from(bytes), { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  if (typeof parsed.html !== 'string' || parsed.html.trim() === '') {
    throw new RevueError('NOT_HTML', { type: 'multipart/related', input: name });
  }
  const snapshot = parsed.headers.get('snapshot-content-location');
  const location = typeof snapshot === 'string' ? snapshot : /^Content-Location:\s*(https?:\/\/\S+)/im.exec(Buffer.from(bytes).toString('latin1'))?.[1];
  return { html: parsed.html, url: location?.trim() || null };
}
