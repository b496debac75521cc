import type { Command } from 'commander';
import { z } from 'zod';
import { RevueError } from '../../shared/errors.js';
import { isIsoDate } from '../../shared/calendarDay.js';
import { fill } from '../../shared/i18n/messages.js';
import { cliLanguage, words } from '../language.js';
import { openArchive } from './openArchive.js';
import { attachOption } from './attachOption.js';

/** The options as the command accepts them, its refusals in the CLI's language. */
const optionsSchema = () =>
  z.object({
    date: z.string().refine(isIsoDate, { message: words().common.dateExpected }),
    format: z.enum(['docx', 'pdf', 'html', 'eml']),
    layout: z.enum(['sections', 'newspapers']).optional(),
    edition: z.string().trim().max(40),
    out: z.string().min(1),
    force: z.boolean(),
    attach: attachOption(),
    comments: z.boolean(),
  });

/** `revue export DATE --format docx|pdf|html|eml --out FILE`: the day's review as a file. */
export function registerExportCommand(program: Command): void {
  const texts = words().export;
  program
    .command('export <date>')
    .description(texts.description)
    .requiredOption('--format <format>', texts.format)
    .requiredOption('--out <file>', texts.out)
    .option('--layout <layout>', texts.layout)
    .option('--edition <edition>', words().common.editionExample, '')
    .option('--attach <formats>', texts.attach, '')
    .option('--comments', texts.comments, false)
    .option('--force', words().common.force, false)
    .action(async (date: string, raw: Record<string, unknown>, command: Command) => {
      const parsed = optionsSchema().safeParse({ ...raw, date });
      if (!parsed.success) throw new RevueError('INVALID_INPUT', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      const opts = parsed.data;
      const revue = await openArchive(command, { readOnly: true });
      try {
        const started = performance.now();
        const written = await revue.call('reviews.exportTo', {
          date: opts.date,
          edition: opts.edition,
          format: opts.format,
          // The document's headings in the CLI's language (--lang, else the archive's).
          lang: cliLanguage(),
          path: opts.out,
          overwrite: opts.force,
          ...(opts.layout ? { layout: opts.layout } : {}),
          ...(opts.format === 'eml' ? { attach: opts.attach } : {}),
          ...(opts.format === 'eml' || opts.format === 'html' ? { includeComments: opts.comments } : {}),
        });
        console.log(fill(words().export.written, { path: written.path, kb: Math.round(written.bytes / 1024), ms: Math.round(performance.now() - started) }));
      } finally {
        await revue.close();
      }
    });
}
