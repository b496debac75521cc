import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { notFound, RevueError } from '../../shared/errors.js';
import { fill } from '../../shared/i18n/messages.js';
import { isIsoDate, reviewKey } from '../../shared/calendarDay.js';
import type { SendLogEntry, SendPlan } from '../../shared/domain.js';
import { formatSentAt, formatSentTo } from '../../shared/sentAt.js';
import { attachOption } from './attachOption.js';
import { cliLanguage, count, errorText, words } from '../language.js';
import { openArchive } from './openArchive.js';

/** The options as the command accepts them, its refusals in the CLI's language. */
const optionsSchema = () =>
  z.object({
    date: z.string().refine(isIsoDate, { message: words().common.dateExpected }),
    edition: z.string().trim().max(40),
    to: z.array(z.string().trim().min(1)).min(1),
    attach: attachOption(),
    comments: z.boolean(),
    yes: z.boolean(),
  });

/** The confirmation: the list(s) and the number of recipients, and what to be warned of. */
function describePlan(plan: SendPlan): string[] {
  const lang = cliLanguage();
  const texts = words().send;
  const to = formatSentTo({ listName: plan.listNames.length > 0 ? plan.listNames.join(', ') : null, recipientCount: plan.recipients.length }, lang);
  const lines = [fill(texts.question, { to })];
  if (plan.empty) lines.push(texts.warnEmpty);
  if (plan.lastSent) lines.push(fill(texts.warnSent, { when: formatSentAt(plan.lastSent.startedAt, lang), to: formatSentTo(plan.lastSent, lang) }));
  return lines;
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const { yesNo, yesPattern } = words().send;
    return new RegExp(yesPattern, 'i').test((await rl.question(`${question} ${yesNo} `)).trim());
  } finally {
    rl.close();
  }
}

function printOutcome(entry: SendLogEntry): void {
  const texts = words().send;
  console.log(fill(texts.messageId, { id: entry.messageId }));
  console.log(count(texts.sentTo, entry.accepted.length, { total: entry.recipientCount }));
  for (const r of entry.refused) console.log(fill(r.reason ? texts.refusedBecause : texts.refused, { address: r.address, reason: r.reason ?? '' }));
  for (const address of entry.unreached) console.log(fill(texts.unreached, { address }));
  if (entry.error) console.error(`revue: ${errorText(entry.error)}`);
}

/** `revue send DATE --to LIST|ADDRESS…`: the review by e-mail through the SMTP settings or REVUE_SMTP_URL. */
export function registerSendCommand(program: Command): void {
  const { send: texts, common } = words();
  program
    .command('send <date>')
    .description(texts.description)
    .requiredOption('--to <recipients...>', texts.to)
    .option('--edition <edition>', common.edition, '')
    .option('--attach <formats>', common.attach, '')
    .option('--comments', texts.comments, false)
    .option('--yes', texts.yes, false)
    .action(async (date: string, raw: Record<string, unknown>, command: Command) => {
      const parsed = optionsSchema().safeParse({ ...raw, date });
      if (!parsed.success) throw new RevueError('INVALID_INPUT', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const opts = parsed.data;
      const revue = await openArchive(command);
      try {
        const review = await revue.call('reviews.get', { date: opts.date, edition: opts.edition });
        if (!review) throw notFound('review', reviewKey(opts.date, opts.edition));
        const plan = await revue.call('send.plan', { reviewId: review.id, to: opts.to });
        const question = describePlan(plan);
        if (!opts.yes) {
          for (const line of question.slice(1)) console.log(line);
          if (!(await confirm(question[0] ?? ''))) {
            console.error(`revue: ${process.stdin.isTTY ? words().send.cancelled : words().send.cancelledNoTty}`);
            process.exitCode = 1;
            return;
          }
        }
        const entry = await revue.call('send.send', {
          reviewId: review.id,
          lang: cliLanguage(),
          to: opts.to,
          attach: opts.attach,
          includeComments: opts.comments,
          confirmResend: true,
          allowEmpty: true,
        });
        printOutcome(entry);
        if (entry.accepted.length === 0) process.exitCode = 1;
      } finally {
        await revue.close();
      }
    });
}

/** `revue lists add|list|remove`: the named recipient lists. */
export function registerListsCommand(program: Command): void {
  const { send: texts, common } = words();
  const lists = program.command('lists').description(texts.listsDescription);
  lists
    .command('add <name> <addresses...>')
    .description(texts.listAddDescription)
    .action(async (name: string, addresses: string[], _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const list = await revue.call('lists.save', { name, addresses });
        console.log(count(words().send.listSaved, list.addresses.length, { name: list.name }));
      } finally {
        await revue.close();
      }
    });
  lists
    .command('list')
    .description(texts.listListDescription)
    .option('--json', common.json)
    .action(async (opts: { json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const all = await revue.call('lists.list', {});
        if (opts.json) console.log(JSON.stringify(all, null, 2));
        else for (const list of all) console.log(fill(words().send.listLine, { name: list.name, count: list.addresses.length, addresses: list.addresses.join(', ') }));
      } finally {
        await revue.close();
      }
    });
  lists
    .command('remove <name>')
    .description(texts.listRemoveDescription)
    .action(async (name: string, _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const { removed } = await revue.call('lists.remove', { name });
        if (!removed) throw notFound('list', name);
        console.log(fill(words().send.listRemoved, { name }));
      } finally {
        await revue.close();
      }
    });
}
