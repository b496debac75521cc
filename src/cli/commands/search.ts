import type { Command } from 'commander';
import type { SearchHit, SearchResult } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { fill } from '../../shared/i18n/messages.js';
import { count, number, words } from '../language.js';
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

/** "20 résultats affichés sur 1 234", or "sur plus de 10 000 (--count pour le nombre exact)". */
function summaryLine(found: SearchResult): string {
  const texts = words().search;
  if (found.total === 0) return texts.none;
  const shown = count(texts.shown, found.hits.length, { count: number(found.hits.length) });
  if (found.totalExact) return fill(texts.ofTotal, { shown, total: number(found.total) });
  return fill(texts.ofMore, { shown, total: number(found.total - 1) });
}

/** `revue search`: the archive's full-text search, one line per hit (or one JSON object). */
export function registerSearchCommand(program: Command): void {
  program
    .command('search <query>')
    .description(words().search.description)
    .option('--json', words().search.json)
    .option('--limit <n>', words().search.limit, '20')
    .option('--sort <order>', words().search.sort, 'date')
    .option('--count', words().search.count)
    .action(async (query: string, opts: { json?: boolean; limit: string; sort: string; count?: boolean }, command: Command) => {
      const revue = await openArchive(command, { readOnly: true });
      try {
        const sort = opts.sort;
        if (sort !== 'date' && sort !== 'relevance') throw new RevueError('INVALID_INPUT', { detail: fill(words().search.badSort, { value: sort }) });
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
