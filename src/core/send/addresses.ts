import addressparser from 'nodemailer/lib/addressparser';
import { notFound, RevueError } from '../../shared/errors.js';
import type { RecipientList } from '../../shared/domain.js';

// A mailbox as servers accept it: no spaces or brackets, one @, a domain with a dot (or an IP
// literal). Deliberately not the whole of RFC 5321: what a newsroom types by mistake is refused.
const MAILBOX = /^[^\s@<>()[\]\\,;:"]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$|^[^\s@<>()[\]\\,;:"]+@\[[0-9.:a-fA-F]+\]$/;

/** True when the text is one plain address (local@domain.tld). */
export function isAddress(text: string): boolean {
  return text.length <= 254 && MAILBOX.test(text);
}

/**
 * The address of an entry typed as "a@b.ma" or "Nom <a@b.ma>", lower-cased domain; throws
 * ADDRESS_INVALID naming the entry as typed.
 */
export function parseAddress(entry: string): string {
  const trimmed = entry.trim();
  const parsed = addressparser(trimmed, { flatten: true });
  const address = parsed.length === 1 ? parsed[0]?.address?.trim() : undefined;
  if (!address || !isAddress(address)) throw new RevueError('ADDRESS_INVALID', { address: trimmed });
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}

/** The addresses of a list as typed (one per entry, or several in one line separated by , ; or spaces), checked and deduplicated. */
export function parseAddressList(entries: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of entries.flatMap((e) => e.split(/[,;\n]+/)).map((e) => e.trim()).filter(Boolean)) {
    const address = parseAddress(entry);
    if (seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    out.push(address);
  }
  return out;
}

export interface Recipients {
  addresses: string[];
  listNames: string[];
}

/**
 * Resolves what the editor typed in "to": each entry is a list's name (any case) or an address.
 * Unknown names that are not addresses are refused with the name; duplicates across lists go once.
 */
export function resolveRecipients(entries: string[], findList: (name: string) => RecipientList | null): Recipients {
  const listNames: string[] = [];
  const typed: string[] = [];
  for (const entry of entries) {
    const list = entry.includes('@') ? null : findList(entry.trim());
    if (list) {
      listNames.push(list.name);
      typed.push(...list.addresses);
    } else if (entry.includes('@')) {
      typed.push(entry);
    } else {
      throw notFound('list', entry.trim());
    }
  }
  const addresses = parseAddressList(typed);
  if (addresses.length === 0) throw new RevueError('NO_RECIPIENTS');
  return { addresses, listNames };
}
