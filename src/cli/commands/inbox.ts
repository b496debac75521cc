import type { Command } from 'commander';
import type { Inbox, InboxArticle, InboxStory } from '../../shared/domain.js';
import { outletOf } from '../../shared/outletOf.js';
import { fill } from '../../shared/i18n/messages.js';
import { cliLanguage, count, words } from '../language.js';
import { openArchive } from './openArchive.js';
import { topicJson } from './topics.js';

const articleJson = ({ id, title, siteName, publishedTime, url }: InboxArticle) => ({ id, title, siteName, publishedTime, url });
const storyJson = (story: InboxStory) => ({ articles: story.articles.map(articleJson) });

/** The inbox as `revue inbox --json` prints it (the contract other tools rely on). */
export function inboxJson(inbox: Inbox): unknown {
  return {
    since: inbox.since,
    topics: inbox.topics.map((group) => ({ topic: topicJson(group.topic), stories: group.stories.map(storyJson) })),
    untopical: inbox.untopical.map(storyJson),
  };
}

function storyLine(story: InboxStory): string {
  const [lead, ...others] = story.articles;
  if (!lead) return '';
  const date = (lead.publishedTime ?? lead.importedAt).slice(0, 10);
  const also = [...new Set(others.map(outletOf).filter((o): o is string => o !== null && o !== outletOf(lead)))];
  return `  ${lead.id}\t${date}\t${outletOf(lead) ?? '—'}\t${lead.title}${also.length ? `\t${fill(words().inbox.alsoIn, { outlets: also.join(', ') })}` : ''}`;
}

/** `revue inbox`: what arrived since the last review, by topic then by story. */
export function registerInboxCommand(program: Command): void {
  program
    .command('inbox')
    .description(words().inbox.description)
    .option('--since <date>', words().inbox.since)
    .option('--json', words().inbox.json)
    .action(async (opts: { since?: string; json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const inbox = await revue.call('inbox.get', opts.since !== undefined ? { since: opts.since } : {});
        if (opts.json) {
          console.log(JSON.stringify(inboxJson(inbox)));
          return;
        }
        const texts = words().inbox;
        const since = new Intl.DateTimeFormat(cliLanguage() === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeStyle: 'short' }).format(new Date(inbox.since));
        console.log(fill(texts.heading, { date: since }));
        for (const group of inbox.topics) {
          if (group.stories.length === 0) continue;
          console.log(`\n${group.topic.name} (${group.topic.count})`);
          for (const story of group.stories) console.log(storyLine(story));
        }
        if (inbox.untopical.length > 0) {
          console.log(`\n${fill(texts.untopical, { count: inbox.untopical.length })}`);
          for (const story of inbox.untopical) console.log(storyLine(story));
        }
        const fresh = inbox.total - inbox.triaged;
        console.error(fresh === 0 ? texts.nothingNew : fill(texts.summary, { fresh: count(texts.fresh, fresh), triaged: count(texts.triaged, inbox.triaged) }));
      } finally {
        await revue.close();
      }
    });
}
