import type { MigrationProgress } from '../../core/revue.js';
import { fill } from '../../shared/i18n/messages.js';
import { number, words } from '../language.js';

/** On a terminal the line is redrawn at most this often; in a log, one line per tenth. */
const REDRAW_MS = 250;

/**
 * Says on stderr how far the update of an older archive has gone ("Mise à jour de l'archive :
 * index de recherche, 12 000 / 100 000 articles (12 %)"): a redrawn line on a terminal, a line
 * per tenth in a log. Nothing is printed when the archive is already up to date.
 */
export function migrationProgressOnStderr(stream: NodeJS.WriteStream = process.stderr): MigrationProgress {
  let lastDraw = 0;
  let lastTenth = -1;
  return (task, done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    // Said while the archive opens: in the language of --lang, else French.
    const { migration } = words();
    const line = fill(migration.progress, { task: migration.tasks[task], done: number(done), total: number(total), percent });
    const finished = done >= total;
    if (stream.isTTY) {
      const now = Date.now();
      if (!finished && now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      stream.write(`\r${line}${finished ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(percent / 10);
    if (tenth === lastTenth && !finished) return;
    lastTenth = finished ? 10 : tenth;
    stream.write(`${line}\n`);
  };
}
