import type { Command } from 'commander';
import type { ExtractLine } from '../../shared/article.js';
import { toSerializedError, RevueError } from '../../shared/errors.js';
import { extractArticle } from '../../core/extract/extractArticle.js';
import { loadInput } from '../../core/import/loadInput.js';

async function extractOne(input: string, originalUrl: string | undefined): Promise<ExtractLine> {
  try {
    const loaded = await loadInput(input);
    if (loaded.kind === 'feed') throw new RevueError('NOT_HTML', { type: 'RSS/Atom', input });
    const { html: _html, ...article } = extractArticle(loaded.html, { url: originalUrl ?? loaded.url, input });
    return { input, ...article };
  } catch (error) {
    return { input, error: toSerializedError(error).message };
  }
}

/** `revue extract`: the clean article of each page as one JSON line, in input order; never touches the archive. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract <inputs...>')
    .description("extraire l'article de pages (fichiers ou URL) en JSON Lines, sans toucher à l'archive")
    .option('--url <url>', "adresse d'origine de la page (pour un fichier)")
    .action(async (inputs: string[], opts: { url?: string }) => {
      let failures = 0;
      for (const input of inputs) {
        const line = await extractOne(input, opts.url);
        if ('error' in line) failures++;
        process.stdout.write(`${JSON.stringify(line)}\n`);
      }
      process.exitCode = failures === 0 ? 0 : 1;
    });
}
