import type { Command } from 'commander';
import { dispatch } from '../../core/api/dispatch.js';
import type { Result } from '../../shared/contract.js';
import type { Review, ReviewSummary } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { openArchive } from './openArchive.js';

function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new RevueError(result.error.code, result.error.params);
  return result.value as T;
}

function printReview(review: Review): void {
  console.log(review.title);
  console.log(`${review.date}${review.edition ? ` (${review.edition})` : ''}`);
  for (const section of review.sections) {
    const count = review.items.filter((item) => item.sectionId === section.id).length;
    console.log(`  ${section.name} — ${count}`);
  }
}

/** `revue review new|show|list`: the reviews of the archive from the command line. */
export function registerReviewCommands(program: Command): void {
  const review = program.command('review').description('créer, afficher et lister les revues de presse');

  review
    .command('new <date>')
    .description('créer la revue du jour DATE (AAAA-MM-JJ)')
    .option('--title <title>', 'titre (par défaut « Revue de presse du … »)')
    .option('--edition <edition>', 'édition (matin, soir…)', '')
    .option('--lang <lang>', 'langue du titre par défaut (fr, en)', 'fr')
    .action(async (date: string, opts: { title?: string; edition: string; lang: string }, command: Command) => {
      const revue = openArchive(command);
      try {
        const input = { date, edition: opts.edition, lang: opts.lang, ...(opts.title ? { title: opts.title } : {}) };
        const created = unwrap<Review>(await dispatch(revue.handlers, 'reviews.create', input));
        console.log(`créée : ${created.title}`);
      } finally {
        revue.close();
      }
    });

  review
    .command('show <date>')
    .description('afficher la revue du jour DATE')
    .option('--edition <edition>', 'édition', '')
    .option('--json', 'sortie JSON')
    .action(async (date: string, opts: { edition: string; json?: boolean }, command: Command) => {
      const revue = openArchive(command);
      try {
        const found = unwrap<Review | null>(await dispatch(revue.handlers, 'reviews.get', { date, edition: opts.edition }));
        if (!found) throw new RevueError('NOT_FOUND', { what: `revue du ${date}` });
        if (opts.json) console.log(JSON.stringify(found));
        else printReview(found);
      } finally {
        revue.close();
      }
    });

  review
    .command('list')
    .description('lister les revues, la plus récente en premier')
    .option('--json', 'sortie JSON')
    .action(async (opts: { json?: boolean }, command: Command) => {
      const revue = openArchive(command);
      try {
        const all = unwrap<ReviewSummary[]>(await dispatch(revue.handlers, 'reviews.list', {}));
        if (opts.json) console.log(JSON.stringify(all));
        else for (const r of all) console.log(`${r.date}${r.edition ? ` ${r.edition}` : ''}\t${r.itemCount}\t${r.title}`);
      } finally {
        revue.close();
      }
    });
}
