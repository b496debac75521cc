import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Source } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import { fill } from '../../shared/i18n/messages.js';
import { count, outcomeText, words } from '../language.js';
import { registerListCommand } from './listCommand.js';
import { openArchive } from './openArchive.js';

/** One source as `revue sources list --json` promises it to other tools. */
function sourceJson(source: Source): Record<string, unknown> {
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    kind: source.kind,
    every: source.every,
    enabled: source.enabled,
    lastCheckedAt: source.lastCheckedAt,
    lastNewAt: source.lastNewAt,
    status: source.status,
    error: source.error === null ? null : outcomeText(source.error),
  };
}

function sourceLine(source: Source): string {
  const texts = words().sources;
  const state = source.enabled ? texts.status[source.status] : texts.paused;
  const checked = source.lastCheckedAt === null ? texts.neverChecked : fill(texts.checked, { when: source.lastCheckedAt.slice(0, 16).replace('T', ' ') });
  const error = source.error === null ? '' : `\t${outcomeText(source.error)}`;
  const kind = texts.kinds[source.kind === 'page' ? 'page' : 'feed'];
  return `${source.id}\t${state}\t${fill(texts.everyMinutes, { count: source.every })}\t${kind}\t${source.name}\t${source.url}\t${checked}${error}`;
}

function ids(values: string[]): number[] {
  return values.map((value) => {
    const id = Number(value);
    if (!Number.isInteger(id) || id <= 0) throw new RevueError('INVALID_INPUT', { detail: fill(words().sources.notASource, { value }) });
    return id;
  });
}

function positiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new RevueError('INVALID_INPUT', { detail: fill(words().sources.badNumber, { what, value }) });
  return n;
}

/** `revue sources …`: follow, list, pause, resume and stop following sources; OPML in and out. */
export function registerSourcesCommands(program: Command): void {
  const texts = words().sources;
  const sources = program.command('sources').description(texts.description);

  sources
    .command('add <url>')
    .description(texts.addDescription)
    .option('--name <name>', texts.name)
    .option('--every <minutes>', texts.every, '30')
    .option('--links <selector>', texts.links)
    .option('--feed <n>', texts.feed)
    .option('--json', texts.addJson)
    .action(async (url: string, opts: { name?: string; every: string; links?: string; feed?: string; json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const { source, candidates } = await revue.call('sources.add', {
          url,
          every: positiveInt(opts.every, words().sources.interval),
          ...(opts.name ? { name: opts.name } : {}),
          ...(opts.links ? { links: opts.links } : {}),
          ...(opts.feed ? { feed: positiveInt(opts.feed, words().sources.feedNumber) - 1 } : {}),
        });
        if (opts.json) {
          console.log(JSON.stringify(sourceJson(source)));
          return;
        }
        const said = words();
        console.log(fill(said.sources.followed, { id: source.id, name: source.name, url: source.url }));
        if (candidates.length > 1) {
          const chosen = opts.feed ? Number(opts.feed) : 1;
          console.log(fill(said.sources.candidates, { count: candidates.length, chosen }));
          candidates.forEach((candidate, index) => console.log(`  ${index + 1}. ${candidate.title ?? said.common.untitled}  ${candidate.url}`));
        }
      } finally {
        await revue.close();
      }
    });

  registerListCommand(sources, {
    description: texts.listDescription,
    jsonOption: texts.listJson,
    list: (revue) => revue.call('sources.list', {}),
    json: sourceJson,
    line: sourceLine,
    none: () => words().sources.none,
  });

  const bulk = (name: string, description: string, run: (revue: Awaited<ReturnType<typeof openArchive>>, ids: number[]) => Promise<string>): void => {
    sources
      .command(`${name} <ids...>`)
      .description(description)
      .action(async (values: string[], _opts: unknown, command: Command) => {
        const revue = await openArchive(command);
        try {
          const wanted = ids(values);
          const known = new Set((await revue.call('sources.list', {})).map((source) => source.id));
          const missing = wanted.filter((id) => !known.has(id));
          if (missing.length > 0) throw notFound('source', missing.join(', '));
          console.log(await run(revue, wanted));
        } finally {
          await revue.close();
        }
      });
  };
  bulk('remove', texts.removeDescription, async (revue, list) => {
    const { removed } = await revue.call('sources.remove', { ids: list });
    return count(words().sources.removedCount, removed);
  });
  bulk('pause', texts.pauseDescription, async (revue, list) => {
    await revue.call('sources.setEnabled', { ids: list, enabled: false });
    return count(words().sources.pausedCount, list.length);
  });
  bulk('resume', texts.resumeDescription, async (revue, list) => {
    await revue.call('sources.setEnabled', { ids: list, enabled: true });
    return count(words().sources.resumedCount, list.length);
  });

  sources
    .command('import <file>')
    .description(texts.importDescription)
    .option('--json', texts.importJson)
    .action(async (file: string, opts: { json?: boolean }, command: Command) => {
      let opml: string;
      try {
        opml = readFileSync(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new RevueError('FILE_NOT_FOUND', { file });
        throw new RevueError('FILE_UNREADABLE', { file, detail: (error as Error).message });
      }
      const revue = await openArchive(command);
      try {
        const result = await revue.call('sources.importOpml', { opml });
        if (opts.json) {
          console.log(JSON.stringify({ added: result.added.map(sourceJson), existing: result.existing, failed: result.failed.map((f) => ({ ...f, error: outcomeText(f.error) })) }));
          return;
        }
        const said = words().sources;
        for (const source of result.added) console.log(fill(said.importAdded, { id: source.id, name: source.name, url: source.url }));
        for (const feed of result.existing) console.log(fill(said.importExisting, { name: feed.name ?? '', url: feed.url }));
        for (const feed of result.failed) console.log(fill(said.importFailed, { name: feed.name ?? '', url: feed.url, message: outcomeText(feed.error) }));
        console.log(
          fill(said.importSummary, {
            added: count(said.importSummaryAdded, result.added.length),
            existing: count(said.importSummaryExisting, result.existing.length),
            failed: count(said.importSummaryFailed, result.failed.length),
          }),
        );
      } finally {
        await revue.close();
      }
    });

  sources
    .command('export [file]')
    .description(texts.exportDescription)
    .action(async (file: string | undefined, _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const { opml } = await revue.call('sources.exportOpml', {});
        if (file === undefined) process.stdout.write(opml.endsWith('\n') ? opml : `${opml}\n`);
        else {
          writeFileSync(file, opml);
          console.error(fill(words().sources.exported, { file }));
        }
      } finally {
        await revue.close();
      }
    });
}
