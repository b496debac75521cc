import type { Command } from 'commander';
import type { Topic } from '../../shared/domain.js';
import { openArchive } from './openArchive.js';

/** A topic as `revue topics list --json` prints it (the contract other tools rely on). */
export function topicJson(topic: Topic): { id: number; name: string; query: string; section: string | null; count: number } {
  return { id: topic.id, name: topic.name, query: topic.query, section: topic.section, count: topic.count };
}

function topicLine(topic: Topic): string {
  const section = topic.section ? ` → ${topic.section}` : '';
  return `${topic.id}\t${topic.name}${section}\t${topic.query}\t${topic.count} nouveau(x) / ${topic.total}`;
}

/** `revue topics add|list|remove`: the watch topics (saved searches that label the archive). */
export function registerTopicCommands(program: Command): void {
  const topics = program.command('topics').description('les sujets suivis : des recherches enregistrées qui étiquettent les articles');

  topics
    .command('add <name> <query>')
    .description('suivre un sujet : NOM et recherche (mots, "expressions", -exclusions, préfixes*) ; étiquette l’archive')
    .option('--section <name>', 'rubrique de la revue où vont ses articles retenus')
    .option('--color <color>', 'couleur : #rrggbb ou red, orange, yellow, green, teal, blue, purple, pink, grey')
    .action(async (name: string, query: string, opts: { section?: string; color?: string }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const topic = await revue.call('topics.create', {
          name,
          query,
          ...(opts.section !== undefined ? { section: opts.section } : {}),
          ...(opts.color !== undefined ? { color: opts.color } : {}),
        });
        console.log(`sujet créé : ${topicLine(topic)}`);
      } finally {
        await revue.close();
      }
    });

  topics
    .command('list')
    .description('lister les sujets avec leurs nouveaux articles (depuis la dernière revue)')
    .option('--json', 'sortie JSON : [{ id, name, query, section, count }]')
    .action(async (opts: { json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const all = await revue.call('topics.list', {});
        if (opts.json) console.log(JSON.stringify(all.map(topicJson)));
        else if (all.length === 0) console.error('aucun sujet (ajoutez-en un avec « revue topics add NOM RECHERCHE »)');
        else for (const topic of all) console.log(topicLine(topic));
      } finally {
        await revue.close();
      }
    });

  topics
    .command('remove <id>')
    .description('ne plus suivre le sujet ID (ses étiquettes partent, les articles restent)')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const { removed } = await revue.call('topics.remove', { id: Number(id) });
        if (!removed) {
          console.error(`revue: pas de sujet ${id}`);
          process.exitCode = 1;
        } else console.log(`sujet ${id} supprimé`);
      } finally {
        await revue.close();
      }
    });
}
