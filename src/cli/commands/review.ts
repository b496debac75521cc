import type { Command } from 'commander';
import type { Review, UiLanguage } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import { reviewKey } from '../../shared/calendarDay.js';
import type { Revue } from '../../core/revue.js';
import { openArchive } from './openArchive.js';

function langOption(value: string): UiLanguage {
  if (value === 'fr' || value === 'en') return value;
  throw new RevueError('INVALID_INPUT', { detail: `--lang: fr, en` });
}

function printReview(review: Review): void {
  console.log(review.title);
  console.log(`${review.date}${review.edition ? ` (${review.edition})` : ''}`);
  for (const section of review.sections) {
    const items = review.items.filter((item) => item.sectionId === section.id);
    console.log(`\n${section.name} (${items.length})`);
    for (const item of items) {
      const article = review.articles[item.articleId];
      const source = article?.siteName ?? article?.url ?? '';
      console.log(`  ${item.position + 1}. ${item.headline}${source ? ` · ${source}` : ''}`);
    }
  }
}

async function reviewOf(revue: Revue, date: string, edition: string): Promise<Review> {
  const found = await revue.call('reviews.get', { date, edition });
  if (!found) {
    console.error(`créez-la avec « revue review new ${date}${edition ? ` --edition ${edition}` : ''} »`);
    throw notFound('review', reviewKey(date, edition));
  }
  return found;
}

/** The review's section with this name, whatever its case; INVALID_INPUT listing the sections otherwise. */
function sectionNamed(review: Review, name: string): number {
  const wanted = name.trim().toLocaleLowerCase('fr');
  const section = review.sections.find((s) => s.name.toLocaleLowerCase('fr') === wanted);
  if (!section) {
    throw new RevueError('INVALID_INPUT', {
      detail: `pas de rubrique « ${name} » ; rubriques de la revue : ${review.sections.map((s) => s.name).join(', ') || '(aucune)'}`,
    });
  }
  return section.id;
}

/** `revue review new|add|show|list`: the reviews of the archive from the command line. */
export function registerReviewCommands(program: Command): void {
  const review = program.command('review').description('créer, afficher et lister les revues de presse');

  review
    .command('new <date>')
    .description('créer la revue du jour DATE (AAAA-MM-JJ)')
    .option('--title <title>', 'titre (par défaut « Revue de presse du … »)')
    .option('--edition <edition>', 'édition (matin, soir…)', '')
    .option('--lang <lang>', 'langue du titre par défaut (fr, en)', 'fr')
    .action(async (date: string, opts: { title?: string; edition: string; lang: string }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const input = { date, edition: opts.edition, lang: langOption(opts.lang), ...(opts.title ? { title: opts.title } : {}) };
        const created = await revue.call('reviews.create', input);
        console.log(`créée : ${created.title}`);
      } finally {
        await revue.close();
      }
    });

  review
    .command('show <date>')
    .description('afficher la revue du jour DATE')
    .option('--edition <edition>', 'édition', '')
    .option('--json', 'sortie JSON')
    .action(async (date: string, opts: { edition: string; json?: boolean }, command: Command) => {
      const revue = await openArchive(command, { readOnly: true });
      try {
        const found = await reviewOf(revue, date, opts.edition);
        if (opts.json) console.log(JSON.stringify(found, null, 2));
        else printReview(found);
      } finally {
        await revue.close();
      }
    });

  review
    .command('add <date> <articleId>')
    .description("ajouter l'article ARTICLE_ID à la revue du jour DATE, à la fin d'une rubrique")
    .requiredOption('--section <name>', 'rubrique (son nom, sans tenir compte de la casse)')
    .option('--summary <text>', 'résumé (par défaut celui de l’article)')
    .option('--comment <text>', 'commentaire de la rédaction')
    .option('--edition <edition>', 'édition', '')
    .action(
      async (
        date: string,
        articleId: string,
        opts: { section: string; summary?: string; comment?: string; edition: string },
        command: Command,
      ) => {
        const revue = await openArchive(command);
        try {
          const id = Number(articleId);
          const found = await reviewOf(revue, date, opts.edition);
          const sectionId = sectionNamed(found, opts.section);
          const input = { date, edition: opts.edition, articleIds: [id], sectionId, lang: 'fr' as const };
          const { review: updated, added } = await revue.call('reviews.addItems', input);
          const item = updated.items.find((i) => i.articleId === id);
          const section = updated.sections.find((s) => s.id === item?.sectionId);
          if (!item || added.length === 0) {
            throw new RevueError('INVALID_INPUT', { detail: `l'article ${articleId} est déjà dans la revue (rubrique « ${section?.name ?? '?'} »)` });
          }
          if (opts.summary !== undefined || opts.comment !== undefined) {
            const patch = {
              id: item.id,
              ...(opts.summary !== undefined ? { summary: opts.summary } : {}),
              ...(opts.comment !== undefined ? { comment: opts.comment } : {}),
            };
            await revue.call('items.update', patch);
          }
          console.log(`ajouté : ${item.headline} → ${section?.name ?? ''} (${item.position + 1})`);
        } finally {
          await revue.close();
        }
      },
    );

  review
    .command('list')
    .description('lister les revues, la plus récente en premier')
    .option('--json', 'sortie JSON')
    .action(async (opts: { json?: boolean }, command: Command) => {
      const revue = await openArchive(command, { readOnly: true });
      try {
        const all = await revue.call('reviews.list', {});
        if (opts.json) console.log(JSON.stringify(all));
        else for (const r of all) console.log(`${r.date}${r.edition ? ` ${r.edition}` : ''}\t${r.itemCount}\t${r.title}`);
      } finally {
        await revue.close();
      }
    });
}
