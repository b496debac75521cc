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
import { registerUpgradeCommand } from './commands/upgrade.js';
import { registerPublicationCommands } from './commands/publications.js';
import { registerListsCommand, registerSendCommand } from './commands/send.js';
import { registerRuleCommands } from './commands/rules.js';
import { registerSourcesCommands } from './commands/sources.js';
import { speakCliLanguage } from './commanderText.js';
import { archiveLanguage } from '../core/archiveLanguage.js';
import { errorText, languageArgument, optionArgument, useArchiveLanguage, useGivenLanguage, words } from './language.js';

/** The whole command line, its help in the CLI's language (so --lang is read before it is written). */
function buildProgram(): Command {
  const { program: texts } = words();
  const program = speakCliLanguage(new Command('revue'))
    .description(texts.description)
    .option('--db <file>', texts.db)
    .option('--lang <lang>', texts.lang)
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
  registerUpgradeCommand(program);
  registerPublicationCommands(program);
  registerSendCommand(program);
  registerListsCommand(program);
  registerRuleCommands(program);
  registerSourcesCommands(program);
  registerRefreshCommand(program);
  return program;
}

try {
  const argv = process.argv.slice(2);
  const given = languageArgument(argv);
  useGivenLanguage(given);
  // Without --lang, every word (the help too) is in the archive's language: its one setting is
  // read alone, before the core is loaded, so that `revue --help` stays quick.
  if (given === null) useArchiveLanguage(archiveLanguage(optionArgument(argv, '--db')));
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof RevueError) {
    console.error(`revue: ${errorText(error)}`);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
