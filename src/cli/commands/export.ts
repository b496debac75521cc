import type { Command } from 'commander';
import { z } from 'zod';
import { RevueError } from '../../shared/errors.js';
import { isIsoDate } from '../../shared/reviewTitle.js';
import { openArchive } from './openArchive.js';

const optionsSchema = z.object({
  date: z.string().refine(isIsoDate, { message: 'date attendue AAAA-MM-JJ' }),
  format: z.enum(['docx', 'pdf']),
  layout: z.enum(['sections', 'newspapers']).optional(),
  edition: z.string().trim().max(40),
  lang: z.enum(['fr', 'en']),
  out: z.string().min(1),
  force: z.boolean(),
});

/** `revue export DATE --format docx|pdf --out FILE`: the day's review as a Word or PDF file. */
export function registerExportCommand(program: Command): void {
  program
    .command('export <date>')
    .description('exporter la revue du jour DATE en DOCX ou PDF')
    .requiredOption('--format <format>', 'docx ou pdf')
    .requiredOption('--out <file>', 'fichier à écrire')
    .option('--layout <layout>', 'sections (par rubrique) ou newspapers (par journal) ; par défaut celui de la revue')
    .option('--edition <edition>', 'édition (matin, soir…)', '')
    .option('--lang <lang>', 'langue des intitulés (fr, en)', 'fr')
    .option('--force', 'remplacer le fichier s’il existe', false)
    .action(async (date: string, raw: Record<string, unknown>, command: Command) => {
      const parsed = optionsSchema.safeParse({ ...raw, date });
      if (!parsed.success) throw new RevueError('INVALID_INPUT', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const opts = parsed.data;
      const revue = openArchive(command);
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
        });
        console.log(`écrit : ${written.path} (${Math.round(written.bytes / 1024)} Ko, ${Math.round(performance.now() - started)} ms)`);
      } finally {
        await revue.close();
      }
    });
}
