/**
 * Edits a review without end, as a user dragging items around would, for the crash test to
 * kill: `node bin/run-ts.mjs tests/unit/hardening/editLoop.ts ARCHIVE DATE`.
 * Prints "edits N" every 20 edits.
 */
import { openTestRevue } from '../helpers/openTestRevue';
import type { Review } from '../../../src/shared/domain';

const [dbPath, date] = process.argv.slice(2);
if (!dbPath || !date) throw new Error('usage: editLoop.ts ARCHIVE DATE');
const revue = openTestRevue({ dbPath });
let seed = Number(process.env.EDIT_SEED ?? 1);
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return (seed >>> 8) % Math.max(n, 1);
};

let review = (await revue.dispatch('reviews.get', { date, edition: '' })) as { ok: boolean; value?: Review | null };
const reviewId = review.value?.id ?? 0;
for (let edits = 1; ; edits++) {
  const current = review.value;
  if (!current) throw new Error('no review');
  const choice = random(10);
  const section = current.sections[random(current.sections.length)];
  const item = current.items[random(current.items.length)];
  let next;
  if (choice < 6 && item && section) {
    next = await revue.dispatch('items.move', { id: item.id, sectionId: section.id, position: random(current.items.length + 1) });
  } else if (choice < 8 && section) {
    next = await revue.dispatch('sections.move', { id: section.id, position: random(current.sections.length + 1) });
  } else {
    next = await revue.dispatch('sections.add', { reviewId, name: `Rubrique ${edits}`, position: random(current.sections.length + 1) });
  }
  if (!next.ok) throw new Error(`${next.error.code}: ${next.error.message}`);
  review = next as { ok: boolean; value?: Review };
  if (edits % 20 === 0) console.log(`edits ${edits}`);
}
