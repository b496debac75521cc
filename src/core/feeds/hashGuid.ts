import { createHash } from 'node:crypto';

/** An identity for an item that has neither guid nor link: its title, date and summary, hashed. */
export function hashGuid(title: string | null, date: string | null, summary: string | null): string {
  const digest = createHash('sha256').update(`${title ?? ''}\n${date ?? ''}\n${summary ?? ''}`).digest('hex');
  return `sha256:${digest.slice(0, 32)}`;
}
