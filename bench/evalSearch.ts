// Scores search relevance on the project's relevance set (tests/fixtures/search): recall@10 and MRR per language.
//   node bin/run-ts.mjs bench/evalSearch.ts [--json] [--verbose]
import { evaluateSearch } from './searchRelevance.js';

const args = process.argv.slice(2);
const report = await evaluateSearch();
if (args.includes('--json')) {
  const { results, ...scores } = report;
  console.log(JSON.stringify(args.includes('--verbose') ? report : { ...scores, misses: results.filter((r) => r.recall < 1 || r.reciprocalRank < 1).length }));
} else {
  console.log(`relevance set: ${report.articles} articles, ${report.all.queries} queries`);
  console.log('lang  queries  recall@10    MRR');
  for (const score of [...report.languages, report.all]) {
    console.log(`${score.lang.padEnd(5)} ${String(score.queries).padStart(7)}  ${score.recallAt10.toFixed(3).padStart(9)}  ${score.mrr.toFixed(3).padStart(5)}`);
  }
  const misses = report.results.filter((r) => r.recall < 1 || r.reciprocalRank < 1);
  if (misses.length > 0) console.log(`\nnot perfect (${misses.length}):`);
  for (const r of misses) console.log(`  [${r.lang}] ${r.query}: first wanted ${r.first}, got ${r.found.slice(0, 3).join(', ') || 'nothing'}; recall ${r.recall.toFixed(2)}`);
}
