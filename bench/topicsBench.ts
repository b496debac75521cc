// Watch topics and the inbox at archive scale, over an archive built by the search benchmark:
//   npm run bench:search -- --keep            (prints "archive kept at FILE")
//   node bin/run-ts.mjs bench/topicsBench.ts --db=FILE [--json]
// Times a topic's creation (labelling the whole archive) and a change of its query (relabelling),
// the longest stall of the event loop meanwhile (what the app's other calls would wait), the
// inbox of a busy month, and the labelling cost of one import with 20 topics.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openRevue } from '../src/core/revue.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dbPath = args.find((a) => a.startsWith('--db='))?.slice(5);
if (!dbPath) {
  console.error('usage: topicsBench.ts --db=FILE (an archive kept by `npm run bench:search -- --keep`)');
  process.exit(2);
}

const revue = openRevue({ dbPath });
const { call } = revue;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; maxStallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  delay.disable();
  return { value, ms, maxStallMs: delay.max / 1e6 };
}

for (const topic of await call('topics.list', {})) await call('topics.remove', { id: topic.id });

const common = await timed(() => call('topics.create', { name: 'Gouvernement', query: 'gouvernement' }));
const rare = await timed(() => call('topics.create', { name: 'Sécheresse', query: 'sécheresse -sport' }));
const relabel = await timed(() => call('topics.update', { id: rare.value.id, query: 'budget' }));
for (let i = 0; i < 18; i++) await call('topics.create', { name: `Sujet ${i}`, query: `économi* "réforme ${i}"` });

const inbox = await timed(() => call('inbox.get', { since: '2025-12-01', today: '2026-01-01' }));
const inboxArticles = inbox.value.topics.reduce((n, g) => n + g.stories.reduce((m, s) => m + s.articles.length, 0), 0);

const text = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'gouvernement budget' : `mot${i}`)).join(' ');
const imports = await timed(async () => {
  for (let i = 0; i < 20; i++) await call('import.text', { text: `Dépêche ${Date.now()} ${i}\n\n${text} ${i} ${Math.random()}` });
});

const report = {
  articlesLabelledCommon: common.value.total,
  createCommonMs: Math.round(common.ms),
  createCommonMaxStallMs: Math.round(common.maxStallMs),
  articlesLabelledRare: rare.value.total,
  createRareMs: Math.round(rare.ms),
  relabelArticles: relabel.value.total,
  relabelMs: Math.round(relabel.ms),
  relabelMaxStallMs: Math.round(relabel.maxStallMs),
  inboxArticles,
  inboxMs: Math.round(inbox.ms),
  importWith20TopicsMs: Math.round(imports.ms / 20),
};
for (const topic of await call('topics.list', {})) await call('topics.remove', { id: topic.id });
await revue.close();
console.log(json ? JSON.stringify(report) : Object.entries(report).map(([k, v]) => `${k}: ${v}`).join('\n'));
