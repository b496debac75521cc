import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { ImportOutcome } from '../shared/domain.js';
import { toSerializedError } from '../shared/errors.js';
import type { Call } from '../core/revue.js';
import { chooseHtmlFiles } from './dialogs.js';

/**
 * Fichier › Importer…: the chosen pages go through the same contract method as the UI's
 * import (validated by dispatch), and the user gets a summary.
 */
export async function importFromMenu(parent: BrowserWindow, call: Call): Promise<void> {
  const paths = await chooseHtmlFiles(parent);
  if (paths.length === 0) return;
  const files = await Promise.all(
    paths.map(async (path) => ({ name: basename(path), dataBase64: (await readFile(path)).toString('base64') })),
  );
  let outcomes: ImportOutcome[];
  try {
    outcomes = await call('import.files', { files });
  } catch (error) {
    await dialog.showMessageBox(parent, { type: 'error', message: "L'import a échoué.", detail: toSerializedError(error).message });
    return;
  }
  const count = (status: ImportOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const failures = outcomes.flatMap((outcome) => (outcome.status === 'failed' ? [`${outcome.input} : ${outcome.message}`] : []));
  await dialog.showMessageBox(parent, {
    type: failures.length > 0 ? 'warning' : 'info',
    message: `${count('imported')} importé(s), ${count('duplicate')} déjà présent(s), ${failures.length} échec(s).`,
    detail: failures.join('\n'),
  });
  // The UI lists articles from the archive: a reload shows the new ones.
  parent.webContents.reload();
}
