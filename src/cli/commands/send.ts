import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { RevueError } from '../../shared/errors.js';
import { isIsoDate } from '../../shared/calendarDay.js';
import type { SendLogEntry, SendPlan } from '../../shared/domain.js';
import { formatSentAt, formatSentTo } from '../../shared/sentAt.js';
import { attachOption } from './attachOption.js';
import { openArchive } from './openArchive.js';

const optionsSchema = z.object({
  date: z.string().refine(isIsoDate, { message: 'date attendue AAAA-MM-JJ' }),
  edition: z.string().trim().max(40),
  to: z.array(z.string().trim().min(1)).min(1),
  attach: attachOption,
  comments: z.boolean(),
  yes: z.boolean(),
  lang: z.enum(['fr', 'en']),
});

/** The confirmation: the list(s) and the number of recipients, and what to be warned of. */
function describePlan(plan: SendPlan): string[] {
  const to = formatSentTo({ listName: plan.listNames.length > 0 ? plan.listNames.join(', ') : null, recipientCount: plan.recipients.length }, 'fr');
  const lines = [`Envoyer la revue à ${to}\u00a0?`];
  if (plan.empty) lines.push('Attention\u00a0: la revue ne contient aucun article.');
  if (plan.lastSent) lines.push(`Attention\u00a0: déjà envoyée ${formatSentAt(plan.lastSent.startedAt, 'fr')} à ${formatSentTo(plan.lastSent, 'fr')}.`);
  return lines;
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^(o|oui|y|yes)$/i.test((await rl.question(`${question} [o/N] `)).trim());
  } finally {
    rl.close();
  }
}

function printOutcome(entry: SendLogEntry): void {
  console.log(`Message-ID : ${entry.messageId}`);
  console.log(`envoyée à ${entry.accepted.length} destinataire${entry.accepted.length > 1 ? 's' : ''} sur ${entry.recipientCount}`);
  for (const r of entry.refused) console.log(`refusé : ${r.address}${r.reason ? ` (${r.reason})` : ''}`);
  for (const a of entry.unreached) console.log(`non atteint : ${a}`);
  if (entry.error) console.error(`revue: ${entry.error.message}`);
}

/** `revue send DATE --to LIST|ADDRESS…`: the review by e-mail through the SMTP settings or REVUE_SMTP_URL. */
export function registerSendCommand(program: Command): void {
  program
    .command('send <date>')
    .description('envoyer par courriel la revue du jour DATE (réglages SMTP de l’archive ou REVUE_SMTP_URL)')
    .requiredOption('--to <recipients...>', 'listes (par leur nom) ou adresses')
    .option('--edition <edition>', 'édition', '')
    .option('--attach <formats>', 'documents joints : pdf,docx', '')
    .option('--comments', 'inclure les commentaires internes', false)
    .option('--yes', 'ne pas demander de confirmation', false)
    .option('--lang <lang>', 'langue des intitulés (fr, en)', 'fr')
    .action(async (date: string, raw: Record<string, unknown>, command: Command) => {
      const parsed = optionsSchema.safeParse({ ...raw, date });
      if (!parsed.success) throw new RevueError('INVALID_INPUT', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const opts = parsed.data;
      const revue = await openArchive(command);
      try {
        const review = await revue.call('reviews.get', { date: opts.date, edition: opts.edition });
        if (!review) throw new RevueError('NOT_FOUND', { what: `revue du ${opts.date}${opts.edition ? ` (${opts.edition})` : ''}` });
        const plan = await revue.call('send.plan', { reviewId: review.id, to: opts.to });
        const question = describePlan(plan);
        if (!opts.yes) {
          for (const line of question.slice(1)) console.log(line);
          if (!(await confirm(question[0] ?? ''))) {
            console.error(`revue: envoi annulé${process.stdin.isTTY ? '' : ' (ajoutez --yes pour confirmer sans question)'}.`);
            process.exitCode = 1;
            return;
          }
        }
        const entry = await revue.call('send.send', {
          reviewId: review.id,
          lang: opts.lang,
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
  const lists = program.command('lists').description('listes de destinataires (Direction, Rédaction…)');
  lists
    .command('add <name> <addresses...>')
    .description('créer la liste NAME (ou remplacer ses adresses)')
    .action(async (name: string, addresses: string[], _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const list = await revue.call('lists.save', { name, addresses });
        console.log(`liste ${list.name} : ${list.addresses.length} adresse${list.addresses.length > 1 ? 's' : ''}`);
      } finally {
        await revue.close();
      }
    });
  lists
    .command('list')
    .description('afficher les listes')
    .option('--json', 'sortie JSON')
    .action(async (opts: { json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const all = await revue.call('lists.list', {});
        if (opts.json) console.log(JSON.stringify(all, null, 2));
        else for (const list of all) console.log(`${list.name} (${list.addresses.length}) : ${list.addresses.join(', ')}`);
      } finally {
        await revue.close();
      }
    });
  lists
    .command('remove <name>')
    .description('supprimer la liste NAME')
    .action(async (name: string, _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const { removed } = await revue.call('lists.remove', { name });
        if (!removed) throw new RevueError('NOT_FOUND', { what: `liste « ${name} »` });
        console.log(`supprimée : ${name}`);
      } finally {
        await revue.close();
      }
    });
}
