// The search relevance set: short articles in French, English and Arabic (tests/fixtures/search/<lang>/<slug>.txt,
// first line the title), and queries, each with the articles it must find and the one it must rank first
// (queries.json). evaluateSearch imports the articles into a fresh archive through the contract, as a paste
// would, runs every query by relevance and scores recall@10 and MRR per language.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRevue } from '../src/core/revue.js';

export const RELEVANCE_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'search');
const TOP = 10;

interface RelevanceQuery {
  lang: string;
  query: string;
  relevant: string[];
  first: string;
}

export interface QueryResult extends RelevanceQuery {
  /** The slugs of the first ten results, best first. */
  found: string[];
  recall: number;
  reciprocalRank: number;
}

export interface LanguageScore {
  lang: string;
  queries: number;
  recallAt10: number;
  mrr: number;
}

export interface RelevanceReport {
  articles: number;
  languages: LanguageScore[];
  all: LanguageScore;
  results: QueryResult[];
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function scoreOf(lang: string, results: QueryResult[]): LanguageScore {
  return { lang, queries: results.length, recallAt10: mean(results.map((r) => r.recall)), mrr: mean(results.map((r) => r.reciprocalRank)) };
}

/** Builds the relevance archive in a temporary folder, runs the queries and scores them. */
export async function evaluateSearch(dir = RELEVANCE_DIR): Promise<RelevanceReport> {
  const queries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as RelevanceQuery[];
  const temp = mkdtempSync(join(tmpdir(), 'revue-eval-search-'));
  const revue = openRevue({ dbPath: join(temp, 'archive.sqlite') });
  try {
    const slugOf = new Map<number, string>();
    for (const lang of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
      for (const file of readdirSync(join(dir, lang)).filter((name) => name.endsWith('.txt')).sort()) {
        const slug = file.replace(/\.txt$/u, '');
        const text = readFileSync(join(dir, lang, file), 'utf8');
        const [outcome] = await revue.call('import.text', { text, url: `https://relevance.example/${lang}/${slug}` });
        if (outcome?.status !== 'imported') throw new Error(`${lang}/${slug}: ${outcome?.status === 'failed' ? outcome.message : 'not imported'}`);
        slugOf.set(outcome.article.id, slug);
      }
    }
    const results: QueryResult[] = [];
    for (const q of queries) {
      const { hits } = await revue.call('articles.search', { query: q.query, sort: 'relevance', limit: TOP });
      const found = hits.map((hit) => slugOf.get(hit.id) ?? `#${hit.id}`);
      const recall = q.relevant.filter((slug) => found.includes(slug)).length / Math.min(q.relevant.length, TOP);
      const rank = found.indexOf(q.first);
      results.push({ ...q, found, recall, reciprocalRank: rank === -1 ? 0 : 1 / (rank + 1) });
    }
    const langs = [...new Set(queries.map((q) => q.lang))];
    return {
      articles: slugOf.size,
      languages: langs.map((lang) => scoreOf(lang, results.filter((r) => r.lang === lang))),
      all: scoreOf('all', results),
      results,
    };
  } finally {
    await revue.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
