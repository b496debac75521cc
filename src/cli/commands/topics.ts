import type { Command } from 'commander';
import type { Topic } from '../../shared/domain.js';
import { notFound } from '../../shared/errors.js';
import { fill } from '../../shared/i18n/messages.js';
import { count, words } from '../language.js';
import { registerListCommand } from './listCommand.js';
import { openArchive } from './openArchive.js';

/** A topic as `revue topics list --json` prints it (the contract other tools rely on). */
export function topicJson(topic: Topic): { id: number; name: string; query: string; section: string | null; count: number } {
  return { id: topic.id, name: topic.name, query: topic.query, section: topic.section, count: topic.count };
}

function topicLine(topic: Topic): string {
  const section = topic.section ? ` → ${topic.section}` : '';
  return `${topic.id}\t${topic.name}${section}\t${topic.query}\t${count(words().topics.counts, topic.count, { total: topic.total })}`;
}

/** `revue topics add|list|remove`: the watch topics (saved searches that label the archive). */
export function registerTopicCommands(program: Command): void {
  const texts = words().topics;
  const topics = program.command('topics').description(texts.description);

  topics
    .command('add <name> <query>')
    .description(texts.addDescription)
    .option('--section <name>', texts.section)
    .option('--color <color>', texts.color)
    .action(async (name: string, query: string, opts: { section?: string; color?: string }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const topic = await revue.call('topics.create', {
          name,
          query,
          ...(opts.section !== undefined ? { section: opts.section } : {}),
          ...(opts.color !== undefined ? { color: opts.color } : {}),
        });
        console.log(fill(words().topics.created, { line: topicLine(topic) }));
      } finally {
        await revue.close();
      }
    });

  registerListCommand(topics, {
    description: texts.listDescription,
    jsonOption: texts.listJson,
    list: (revue) => revue.call('topics.list', {}),
    json: topicJson,
    line: topicLine,
    none: () => words().topics.none,
  });

  topics
    .command('remove <id>')
    .description(texts.removeDescription)
    .action(async (id: string, _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const { removed } = await revue.call('topics.remove', { id: Number(id) });
        if (!removed) throw notFound('topic', id);
        console.log(fill(words().topics.removed, { id }));
      } finally {
        await revue.close();
      }
    });
}
