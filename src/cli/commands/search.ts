import type { Command } from 'commander';
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

const count = new Intl.NumberFormat('fr-FR');

/** "20 résultats affichés sur 1 234", or "sur plus de 10 000 (--count pour le nombre exact)". */
function summaryLine(found: SearchResult): string {
  if (found.total === 0) return 'aucun résultat';
  const shown = `${count.format(found.hits.length)} résultat${found.hits.length > 1 ? 's' : ''} affiché${found.hits.length > 1 ? 's' : ''}`;
  if (found.totalExact) return `${shown} sur ${count.format(found.total)}`;
  return `${shown} sur plus de ${count.format(found.total - 1)} (--count pour le nombre exact)`;
}

/** `revue search`: the archive's full-text search, one line per hit (or one JSON object). */
export function registerSearchCommand(program: Command): void {
  program
    .command('search <query>')
    .description(`chercher dans l'archive (plein texte, sans accents) : mots sous toutes leurs formes, "mots ou expressions exacts", -exclusions, préfixes*`)
    .option('--json', 'sortie JSON : { total, hits }')
    .option('--limit <n>', 'nombre maximal de résultats (1 à 500)', '20')
    .option('--sort <order>', 'ordre : date (les plus récents d’abord) ou relevance', 'date')
    .option('--count', 'compter exactement tous les résultats (au-delà de 10 000, le compte est sinon un minimum)')
    .action(async (query: string, opts: { json?: boolean; limit: string; sort: string; count?: boolean }, command: Command) => {
      const revue = await openArchive(command, { readOnly: true });
      try {
        const sort = opts.sort;
        if (sort !== 'date' && sort !== 'relevance') throw new RevueError('INVALID_INPUT', { detail: `--sort : date ou relevance, pas « ${sort} »` });
        const found = await revue.call('articles.search', { query, limit: Number(opts.limit), sort, exactCount: opts.count === true });
        if (opts.json) {
          console.log(JSON.stringify(found));
          return;
        }
        for (const hit of found.hits) console.log(line(hit));
        console.error(summaryLine(found));
      } finally {
        await revue.close();
      }
    });
}
