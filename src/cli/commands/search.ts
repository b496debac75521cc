import type { Command } from 'commander';
import { SEARCH_COUNT_CAP, type SearchHit } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { openArchive } from './openArchive.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** The snippet as terminal text: no <mark> tags, no entities. */
function plainSnippet(html: string | null): string {
  if (html === null) return '';
  return html.replace(/<\/?mark>/gu, '').replace(/&(?:amp|lt|gt|quot);/gu, (entity) => ENTITIES[entity] ?? entity);
}

function sortOption(value: string): 'date' | 'relevance' {
  if (value === 'date' || value === 'relevance') return value;
  throw new RevueError('INVALID_INPUT', { detail: `--sort: date, relevance` });
}

function line(hit: SearchHit): string {
  const date = (hit.publishedTime ?? hit.importedAt).slice(0, 10);
  const snippet = plainSnippet(hit.snippet);
  return [date, hit.siteName ?? '—', hit.title, snippet].filter((part) => part !== '').join('\t');
}

/** `revue search`: the archive's full-text search, one line per hit (or one JSON object). */
export function registerSearchCommand(program: Command): void {
  program
    .command('search <query>')
    .description(`chercher dans l'archive (plein texte, sans accents) : mots, "expressions exactes", -exclusions, préfixes*`)
    .option('--json', 'sortie JSON : { total, hits }')
    .option('--limit <n>', 'nombre maximal de résultats (1 à 500)', '20')
    .option('--sort <order>', 'ordre : date (les plus récents d’abord) ou relevance', 'date')
    .action(async (query: string, opts: { json?: boolean; limit: string; sort: string }, command: Command) => {
      const revue = openArchive(command);
      try {
        const found = await revue.call('articles.search', { query, limit: Number(opts.limit), sort: sortOption(opts.sort) });
        if (opts.json) {
          console.log(JSON.stringify(found));
          return;
        }
        for (const hit of found.hits) console.log(line(hit));
        console.error(found.total === 0 ? 'aucun résultat' : `${found.hits.length} résultat(s) affiché(s) sur ${found.total > SEARCH_COUNT_CAP ? `plus de ${SEARCH_COUNT_CAP}` : found.total}`);
      } finally {
        await revue.close();
      }
    });
}
