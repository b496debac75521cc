import type { SendLogEntry, UiLanguage } from '../../../shared/domain';
import { formatSentAt, formatSentTo } from '../../../shared/sentAt';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One line of the send log: "Envoyée le mercredi 31 décembre 2025 à 7 h 42 à Direction (12)". */
export function describeSend(entry: SendLogEntry, lang: UiLanguage, t: Translate): string {
  return t(`send.entry.${entry.result}`, {
    when: formatSentAt(entry.startedAt, lang),
    to: formatSentTo(entry, lang),
    accepted: entry.accepted.length,
  });
}
