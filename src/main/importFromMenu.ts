import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { ImportOutcome } from '../shared/domain.js';
import { formatErrorMessage, recordedErrorMessage, toSerializedError } from '../shared/errors.js';
import { fill, plural } from '../shared/i18n/messages.js';
import type { Call } from '../core/revue.js';
import { desktopLanguage, desktopWords } from './desktopLanguage.js';
import { chooseHtmlFiles } from './dialogs.js';

/**
 * Fichier › Importer…: the chosen pages go through the same contract method as the UI's
 * import (validated by dispatch), and the user gets a summary.
 */
export async function importFromMenu(parent: BrowserWindow, call: Call): Promise<void> {
  const lang = await desktopLanguage(call);
  const words = desktopWords(lang).importPages;
  const paths = await chooseHtmlFiles(parent, lang);
  if (paths.length === 0) return;
  const files = await Promise.all(
    paths.map(async (path) => ({ name: basename(path), dataBase64: (await readFile(path)).toString('base64') })),
  );
  let outcomes: ImportOutcome[];
  try {
    outcomes = await call('import.files', { files });
  } catch (error) {
    const { code, params } = toSerializedError(error);
    await dialog.showMessageBox(parent, { type: 'error', message: words.failed, detail: formatErrorMessage(code, params, lang) });
    return;
  }
  const count = (status: ImportOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const failures = outcomes.flatMap((outcome) =>
    outcome.status === 'failed' ? [fill(words.failureLine, { input: outcome.input, message: recordedErrorMessage(outcome, lang) })] : [],
  );
  await dialog.showMessageBox(parent, {
    type: failures.length > 0 ? 'warning' : 'info',
    message: fill(words.summary, {
      imported: plural(lang, words.imported, count('imported')),
      duplicates: plural(lang, words.duplicates, count('duplicate')),
      failures: plural(lang, words.failures, failures.length),
    }),
    detail: failures.join('\n'),
  });
  // The UI lists articles from the archive: a reload shows the new ones.
  parent.webContents.reload();
}
