import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Source } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
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
    error: source.error?.message ?? null,
  };
}

const STATUS_LABEL: Record<Source['status'], string> = { new: 'nouvelle', ok: 'ok', failing: 'en échec', broken: 'cassée' };

function sourceLine(source: Source): string {
  const state = source.enabled ? STATUS_LABEL[source.status] : 'en pause';
  const checked = source.lastCheckedAt === null ? 'jamais vérifiée' : `vérifiée ${source.lastCheckedAt.slice(0, 16).replace('T', ' ')}`;
  const error = source.error === null ? '' : `\t${source.error.message}`;
  return `${source.id}\t${state}\t${source.every} min\t${source.kind === 'page' ? 'page' : 'flux'}\t${source.name}\t${source.url}\t${checked}${error}`;
}

function ids(values: string[]): number[] {
  return values.map((value) => {
    const id = Number(value);
    if (!Number.isInteger(id) || id <= 0) throw new RevueError('INVALID_INPUT', { detail: `${value} n’est pas un numéro de source` });
    return id;
  });
}

function positiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new RevueError('INVALID_INPUT', { detail: `${what} : ${value}` });
  return n;
}

/** `revue sources …`: follow, list, pause, resume and stop following sources; OPML in and out. */
export function registerSourcesCommands(program: Command): void {
  const sources = program.command('sources').description('les sources suivies (flux RSS/Atom/JSON, pages sans flux)');

  sources
    .command('add <url>')
    .description('suivre un flux, le flux annoncé par une page, ou une page sans flux (--links)')
    .option('--name <name>', 'nom de la source (sinon le titre du flux)')
    .option('--every <minutes>', 'intervalle d’actualisation en minutes', '30')
    .option('--links <selector>', 'page sans flux : sélecteur CSS des liens d’articles')
    .option('--feed <n>', 'quand la page annonce plusieurs flux : lequel suivre (1, 2…)')
    .option('--json', 'sortie JSON : la source créée')
    .action(async (url: string, opts: { name?: string; every: string; links?: string; feed?: string; json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const { source, candidates } = await revue.call('sources.add', {
          url,
          every: positiveInt(opts.every, 'intervalle'),
          ...(opts.name ? { name: opts.name } : {}),
          ...(opts.links ? { links: opts.links } : {}),
          ...(opts.feed ? { feed: positiveInt(opts.feed, 'flux') - 1 } : {}),
        });
        if (opts.json) {
          console.log(JSON.stringify(sourceJson(source)));
          return;
        }
        console.log(`source suivie : n° ${source.id}  ${source.name}  (${source.url})`);
        if (candidates.length > 1) {
          const chosen = opts.feed ? Number(opts.feed) : 1;
          console.log(`La page annonce ${candidates.length} flux ; le n° ${chosen} est suivi (--feed N pour un autre) :`);
          candidates.forEach((candidate, index) => console.log(`  ${index + 1}. ${candidate.title ?? '(sans titre)'}  ${candidate.url}`));
        }
      } finally {
        await revue.close();
      }
    });

  sources
    .command('list')
    .description('lister les sources et leur état')
    .option('--json', 'sortie JSON : [{id, name, url, kind, every, enabled, lastCheckedAt, lastNewAt, status, error}]')
    .action(async (opts: { json?: boolean }, command: Command) => {
      const revue = await openArchive(command);
      try {
        const list = await revue.call('sources.list', {});
        if (opts.json) console.log(JSON.stringify(list.map(sourceJson)));
        else if (list.length === 0) console.error('aucune source suivie');
        else for (const source of list) console.log(sourceLine(source));
      } finally {
        await revue.close();
      }
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
          if (missing.length > 0) throw new RevueError('NOT_FOUND', { what: `source ${missing.join(', ')}` });
          console.log(await run(revue, wanted));
        } finally {
          await revue.close();
        }
      });
  };
  bulk('remove', 'ne plus suivre ces sources (leurs articles restent)', async (revue, list) => {
    const { removed } = await revue.call('sources.remove', { ids: list });
    return `${removed} source(s) retirée(s)`;
  });
  bulk('pause', 'mettre ces sources en pause', async (revue, list) => {
    await revue.call('sources.setEnabled', { ids: list, enabled: false });
    return `${list.length} source(s) en pause`;
  });
  bulk('resume', 'reprendre ces sources (actualisées au prochain passage)', async (revue, list) => {
    await revue.call('sources.setEnabled', { ids: list, enabled: true });
    return `${list.length} source(s) reprise(s)`;
  });

  sources
    .command('import <file>')
    .description('suivre les flux d’un fichier OPML (export d’un autre lecteur de flux)')
    .option('--json', 'sortie JSON : {added, existing, failed}')
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
          console.log(JSON.stringify({ added: result.added.map(sourceJson), existing: result.existing, failed: result.failed.map((f) => ({ ...f, error: f.error.message })) }));
          return;
        }
        for (const source of result.added) console.log(`ajoutée      n° ${source.id}  ${source.name}  (${source.url})`);
        for (const feed of result.existing) console.log(`déjà suivie  ${feed.name ?? ''}  (${feed.url})`);
        for (const feed of result.failed) console.log(`échec        ${feed.name ?? ''}  (${feed.url}) — ${feed.error.message}`);
        console.log(`${result.added.length} ajoutée(s), ${result.existing.length} déjà suivie(s), ${result.failed.length} échec(s)`);
      } finally {
        await revue.close();
      }
    });

  sources
    .command('export [file]')
    .description('écrire les sources en OPML 2.0 dans FILE (ou sur la sortie standard)')
    .action(async (file: string | undefined, _opts: unknown, command: Command) => {
      const revue = await openArchive(command);
      try {
        const { opml } = await revue.call('sources.exportOpml', {});
        if (file === undefined) process.stdout.write(opml.endsWith('\n') ? opml : `${opml}\n`);
        else {
          writeFileSync(file, opml);
          console.error(`exporté : ${file}`);
        }
      } finally {
        await revue.close();
      }
    });
}
