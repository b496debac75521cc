import type { SendLogEntry, UiLanguage } from './domain.js';
import { fill, messagesIn, plural } from './i18n/messages.js';

/** The time of day as the newsroom says it: "7 h 42" in French, "7:42" in English. */
function timeOfDay(date: Date, lang: UiLanguage): string {
  const parts = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { hour: 'numeric', minute: '2-digit', hour12: false }).formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return fill(messagesIn(lang).sentAt.time, { hour, minute });
}

/** "le mercredi 31 décembre 2025 à 7 h 42" / "on Wednesday 31 December 2025 at 7:42", in local time. */
export function formatSentAt(iso: string, lang: UiLanguage): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  return fill(messagesIn(lang).sentAt.when, { day, time: timeOfDay(date, lang) });
}

/** Who a send went to: "Direction (12)", or "3 destinataires" for addresses typed one by one. */
export function formatSentTo(entry: Pick<SendLogEntry, 'listName' | 'recipientCount'>, lang: UiLanguage): string {
  if (entry.listName) return `${entry.listName} (${entry.recipientCount})`;
  return plural(lang, messagesIn(lang).sentAt.recipients, entry.recipientCount);
}
