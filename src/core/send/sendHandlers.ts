import type { ApiHandlers } from '../../shared/contract.js';
import type { Db } from '../store/database.js';
import type { Printer } from '../export/pdfPrinter.js';
import { listRecipientLists, removeRecipientList, saveRecipientList } from '../store/recipientListRepository.js';
import { writeSmtpServer } from '../store/smtpServerRepository.js';
import { parseAddress, parseAddressList } from './addresses.js';
import { emailSubject } from './emailEdition.js';
import { renderEmailHtml } from './renderEmailHtml.js';
import { renderEmailText } from './renderEmailText.js';
import { readMessageDocument } from './reviewMessage.js';
import { planSend, retrySend, sendLog, sendReview } from './sendReview.js';
import { smtpView, type SendDeps } from './smtpConfig.js';
import { sendTestMessage } from './testMessage.js';

type SendMethods =
  | 'smtp.get'
  | 'smtp.update'
  | 'smtp.test'
  | 'lists.list'
  | 'lists.save'
  | 'lists.remove'
  | 'send.preview'
  | 'send.plan'
  | 'send.send'
  | 'send.retry'
  | 'send.log';

export interface SendHandlerDeps extends SendDeps {
  /** Prints attached PDFs; the shared Chromium when absent (the desktop app gives its own). */
  printer?: Printer | undefined;
}

/** The e-mail side of the contract: SMTP settings, recipient lists, preview, sending and its log. */
export function createSendHandlers(db: Db, deps: SendHandlerDeps): Pick<ApiHandlers, SendMethods> {
  return {
    'smtp.get': () => smtpView(db, deps),
    'smtp.update': ({ password, ...settings }) => {
      // Checked here so a wrong sender is refused by name before anything is stored.
      parseAddress(settings.from);
      if (settings.replyTo) parseAddress(settings.replyTo);
      writeSmtpServer(db, settings);
      if (password !== undefined) deps.secrets.write(password);
      return smtpView(db, deps);
    },
    'smtp.test': ({ to, lang }) => sendTestMessage(db, deps, to, lang),
    'lists.list': () => listRecipientLists(db),
    'lists.save': ({ name, addresses }) => {
      const list = { name, addresses: parseAddressList(addresses) };
      saveRecipientList(db, list, new Date());
      return list;
    },
    'lists.remove': ({ name }) => ({ removed: removeRecipientList(db, name) }),
    'send.preview': ({ reviewId, lang, includeComments }) => {
      const doc = readMessageDocument(db, reviewId, { lang, includeComments });
      return {
        subject: emailSubject(doc),
        // The logo inside the page: the preview frame has no message to take a cid: from.
        html: renderEmailHtml(doc, { includeComments, images: 'data' }),
        text: renderEmailText(doc, { includeComments }),
        itemCount: doc.groups.reduce((n, g) => n + g.items.length, 0),
      };
    },
    'send.plan': ({ reviewId, to }) => planSend(db, reviewId, to),
    'send.send': (input) => sendReview(db, deps, input),
    'send.retry': ({ logId }) => retrySend(db, deps, logId),
    'send.log': ({ reviewId }) => sendLog(db, reviewId),
  };
}
