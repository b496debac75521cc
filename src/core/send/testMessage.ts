import MailComposer from 'nodemailer/lib/mail-composer';
import type { UiLanguage } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { parseAddress } from './addresses.js';
import { newMessageId } from './composeMessage.js';
import { deliverBatch } from './deliver.js';
import { resolveSmtp, type SendDeps } from './smtpConfig.js';

const TEXTS = {
  fr: { subject: 'Revue — message d’essai', body: (host: string) => `Ce message d’essai confirme que Revue peut envoyer la revue de presse par ${host}.\n` },
  en: { subject: 'Revue — test message', body: (host: string) => `This test message confirms that Revue can send the press review through ${host}.\n` },
};

/** Sends a short message through the settings in force, to `to` or to the sender; throws what went wrong. */
export async function sendTestMessage(db: Db, deps: SendDeps, to: string | undefined, lang: UiLanguage): Promise<{ messageId: string; accepted: string[] }> {
  const access = resolveSmtp(db, deps);
  const recipient = parseAddress(to ?? access.settings.from);
  const messageId = newMessageId(access.settings.from);
  const raw = await new MailComposer({
    from: access.settings.from,
    to: recipient,
    subject: TEXTS[lang].subject,
    text: TEXTS[lang].body(access.settings.host),
    messageId,
    headers: { 'Content-Language': lang },
  })
    .compile()
    .build();
  const outcome = await deliverBatch(access, [recipient], raw);
  if (outcome.accepted.length === 0) throw new RevueError('SMTP_REFUSED', { detail: outcome.refused.map((r) => `${r.address}: ${r.reason}`).join(' ; ') });
  return { messageId, accepted: outcome.accepted };
}
