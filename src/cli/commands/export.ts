import type { Command } from 'commander';
import { z } from 'zod';
import { RevueError } from '../../shared/errors.js';
import { isIsoDate } from '../../shared/calendarDay.js';
import { openArchive } from './openArchive.js';
import { attachOption } from './attachOption.js';

const optionsSchema = z.object({
  date: z.string().refine(isIsoDate, { message: 'date attendue AAAA-MM-JJ' }),
  format: z.enum(['docx', 'pdf', 'html', 'eml']),
  layout: z.enum(['sections', 'newspapers']).optional(),
  edition: z.string().trim().max(40),
  lang: z.enum(['fr', 'en']),
  out: z.string().min(1),
  force: z.boolean(),
  attach: attachOption,
  comments: z.boolean(),
});

/** `revue export DATE --format docx|pdf|html|eml --out FILE`: the day's review as a file. */
export function registerExportCommand(program: Command): void {
  program
    .command('export <date>')
    .description('exporter la revue du jour DATE en DOCX, PDF, page web (html) ou brouillon de message (eml)')
    .requiredOption('--format <format>', 'docx, pdf, html (page web autonome) ou eml (brouillon à ouvrir dans la messagerie)')
    .requiredOption('--out <file>', 'fichier à écrire')
    .option('--layout <layout>', 'sections (par rubrique) ou newspapers (par journal) ; par défaut celui de la revue')
    .option('--edition <edition>', 'édition (matin, soir…)', '')
    .option('--lang <lang>', 'langue des intitulés (fr, en)', 'fr')
    .option('--attach <formats>', 'pour eml : documents joints, pdf,docx', '')
    .option('--comments', 'pour html et eml : inclure les commentaires internes', false)
    .option('--force', 'remplacer le fichier s’il existe', false)
    .action(async (date: string, raw: Record<string, unknown>, command: Command) => {
      const parsed = optionsSchema.safeParse({ ...raw, date });
      if (!parsed.success) throw new RevueError('INVALID_INPUT', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const opts = parsed.data;
      const revue = await openArchive(command, { readOnly: true });
      try {
        const started = performance.now();
        const written = await revue.call('reviews.exportTo', {
          date: opts.date,
          edition: opts.edition,
          format: opts.format,
          lang: opts.lang,
          path: opts.out,
          overwrite: opts.force,
          ...(opts.layout ? { layout: opts.layout } : {}),
          ...(opts.format === 'eml' ? { attach: opts.attach } : {}),
          ...(opts.format === 'eml' || opts.format === 'html' ? { includeComments: opts.comments } : {}),
        });
        console.log(`écrit : ${written.path} (${Math.round(written.bytes / 1024)} Ko, ${Math.round(performance.now() - started)} ms)`);
      } finally {
        await revue.close();
      }
    });
}
