import { describe, expect, it } from 'vitest';
import { evaluateSearch } from '../../../bench/searchRelevance';

/** The floors issue #16 sets; `npm run eval:search` prints the figures and the queries that miss. */
const MIN_RECALL_AT_10 = 0.95;
const MIN_MRR = 0.85;

describe('search relevance on the relevance set', () => {
  it('finds what each query must find and ranks the expected article first, in French, English and Arabic', async () => {
    const report = await evaluateSearch();
    expect(report.languages.map((score) => score.lang).sort()).toEqual(['ar', 'en', 'fr']);
    for (const score of report.languages) {
      expect(score.queries, score.lang).toBeGreaterThanOrEqual(20);
      expect(score.recallAt10, `${score.lang} recall@10`).toBeGreaterThanOrEqual(MIN_RECALL_AT_10);
      expect(score.mrr, `${score.lang} MRR`).toBeGreaterThanOrEqual(MIN_MRR);
    }
    expect(report.all.queries).toBeGreaterThanOrEqual(60);
  }, 60_000);
});
