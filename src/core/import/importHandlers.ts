import type { ApiHandlers } from '../../shared/contract.js';
import { toSerializedError } from '../../shared/errors.js';
import type { Db } from '../store/database.js';
import { ImportService } from './importService.js';
import { articleFromPastedText } from './pastedText.js';

type ImportMethods = 'import.paths' | 'import.urls' | 'import.files' | 'import.text' | 'import.previewText';

/** The import side of the contract. */
export function createImportHandlers(db: Db): Pick<ApiHandlers, ImportMethods> {
  const service = new ImportService(db);
  return {
    'import.paths': ({ inputs }) => service.importInputs(inputs, { allowFiles: true }),
    'import.urls': ({ urls }) => service.importInputs(urls),
    'import.files': async ({ files }) => {
      const outcomes = [];
      for (const file of files) outcomes.push(await service.importFileData(file.name, Buffer.from(file.dataBase64, 'base64')));
      return outcomes;
    },
    'import.text': ({ text, url }) => [service.importPastedText(text, url ?? null)],
    'import.previewText': ({ text, url }) => {
      try {
        const { title, siteName, publishedTime, lang } = articleFromPastedText(text, url ?? null);
        return { title: title ?? '', siteName, publishedTime, lang };
      } catch (error) {
        return { error: toSerializedError(error) };
      }
    },
  };
}
