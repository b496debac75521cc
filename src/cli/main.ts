import { Command, CommanderError } from 'commander';
import { RevueError } from '../shared/errors.js';
import { registerBackupCommands } from './commands/backup.js';
import { registerReviewCommands } from './commands/review.js';
import { registerServeCommand } from './commands/serve.js';
import { registerExportCommand } from './commands/export.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerImportCommand } from './commands/import.js';
import { registerRefreshCommand } from './commands/refresh.js';
import { registerSearchCommand } from './commands/search.js';
import { registerTopicCommands } from './commands/topics.js';
import { registerInboxCommand } from './commands/inbox.js';
import { registerPurgeCommand } from './commands/purge.js';
import { registerPublicationCommands } from './commands/publications.js';
import { registerListsCommand, registerSendCommand } from './commands/send.js';
import { registerRuleCommands } from './commands/rules.js';
import { registerSourcesCommands } from './commands/sources.js';

const program = new Command('revue')
  .description('Revue — la revue de presse du jour : importer, annoter, composer, exporter.')
  .option('--db <file>', "archive SQLite à utiliser (sinon REVUE_DB, sinon le dossier de l'application)")
  .showHelpAfterError()
  .exitOverride();

registerExtractCommand(program);
registerImportCommand(program);
registerReviewCommands(program);
registerServeCommand(program);
registerSearchCommand(program);
registerExportCommand(program);
registerBackupCommands(program);
registerTopicCommands(program);
registerInboxCommand(program);
registerPurgeCommand(program);
registerPublicationCommands(program);
registerSendCommand(program);
registerListsCommand(program);
registerRuleCommands(program);
registerSourcesCommands(program);
registerRefreshCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof RevueError) {
    console.error(`revue: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
