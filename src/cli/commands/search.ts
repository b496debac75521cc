import type { Command } from 'commander';
import { dispatch } from '../../core/api/dispatch.js';
import { COUNT_CAP } from '../../core/search/searchArticles.js';
import type { SearchHit, SearchResult } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { openArchive } from './openArchive.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** The snippet as terminal text: no <mark> tags, no entities. */
function plainSnippet(html: string | null): string {
  if (html === null) return '';
  return html.replace(/<\/?mark>/gu, '').replace(/&(?:amp|lt|gt|quot);/gu, (entity) => ENTITIES[entity] ?? entity);
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
      const revue = await openArchive(command);
      try {
        const result = await dispatch(revue.handlers, 'articles.search', { query, limit: Number(opts.limit), sort: opts.sort });
        if (!result.ok) throw new RevueError(result.error.code, result.error.params);
        const found = result.value as SearchResult;
        if (opts.json) {
          console.log(JSON.stringify(found));
          return;
        }
        for (const hit of found.hits) console.log(line(hit));
        console.error(found.total === 0 ? 'aucun résultat' : `${found.hits.length} résultat(s) affiché(s) sur ${found.total > COUNT_CAP ? `plus de ${COUNT_CAP}` : found.total}`);
      } finally {
        revue.close();
      }
    });
}
