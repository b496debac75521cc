import type { Command } from 'commander';
import { PUBLICATION_TYPES, type Publication, type PublicationType } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import type { Revue } from '../../core/revue.js';
import { fill } from '../../shared/i18n/messages.js';
import { count, words } from '../language.js';
import { withArchive } from './openArchive.js';

/** A publication named on the command line: its number, or any name or address the registry knows it by. */
async function publicationNamed(revue: Revue, ref: string): Promise<Publication> {
  if (/^\d+$/.test(ref)) {
    const byId = (await revue.call('publications.list', {})).find((p) => p.id === Number(ref));
    if (byId) return byId;
  }
  const found = await revue.call('publications.resolve', /^https?:\/\//i.test(ref) ? { url: ref } : { name: ref });
  if (!found) {
    console.error(fill(words().common.seeList, { command: 'revue publications list' }));
    throw notFound('publication', ref);
  }
  return found;
}

function line(p: Publication): string {
  const kind = [p.type, p.lang, p.country].filter(Boolean).join(' ');
  const texts = words().publications;
  const edition = p.editionOf ? fill(texts.editionLine, { name: p.editionOf.name }) : '';
  const names = p.aliases.length ? fill(texts.aliasesLine, { names: p.aliases.join(', ') }) : '';
  return `${p.id}\t${p.name}\t${p.articleCount}\t${kind}\t${p.domains.join(' ')}${edition}${names}`;
}

function parseType(type: string | undefined): PublicationType | undefined {
  if (type === undefined) return undefined;
  if (!(PUBLICATION_TYPES as readonly string[]).includes(type)) {
    throw new RevueError('INVALID_INPUT', { detail: fill(words().publications.badType, { type, types: PUBLICATION_TYPES.join(', ') }) });
  }
  return type as PublicationType;
}

/** `revue publications list|add|alias|unalias|rename|set|merge`: the publication registry from the command line. */
export function registerPublicationCommands(program: Command): void {
  const { publications: texts, common } = words();
  const publications = program.command('publications').description(texts.description);

  publications
    .command('list')
    .description(texts.listDescription)
    .option('--json', common.jsonArray)
    .option('--cited', texts.cited)
    .action(async (opts: { json?: boolean; cited?: boolean }, command: Command) => {
      await withArchive(command, async (revue) => {
        const list = (await revue.call('publications.list', {})).filter((p) => !opts.cited || p.articleCount > 0);
        if (opts.json) console.log(JSON.stringify(list));
        else for (const p of list) console.log(line(p));
      });
    });

  publications
    .command('add <name>')
    .description(texts.addDescription)
    .option('--type <type>', fill(texts.type, { types: PUBLICATION_TYPES.join(', ') }), 'site')
    // Not --lang: that is the CLI's own language, a global option.
    .option('--language <code>', texts.language)
    .option('--country <code>', texts.country)
    .option('--domain <domain...>', texts.domain)
    .option('--alias <name...>', texts.alias)
    .option('--edition-of <publication>', texts.editionOf)
    .action(
      async (
        name: string,
        opts: { type?: string; language?: string; country?: string; domain?: string[]; alias?: string[]; editionOf?: string },
        command: Command,
      ) => {
        await withArchive(command, async (revue) => {
          const editionOf = opts.editionOf ? (await publicationNamed(revue, opts.editionOf)).id : undefined;
          const added = await revue.call('publications.add', {
            name,
            type: parseType(opts.type) ?? 'site',
            ...(opts.language ? { lang: opts.language } : {}),
            ...(opts.country ? { country: opts.country.toUpperCase() } : {}),
            ...(editionOf ? { editionOf } : {}),
            domains: opts.domain ?? [],
            aliases: opts.alias ?? [],
          });
          console.log(line(added));
        });
      },
    );

  publications
    .command('alias <publication> <alias>')
    .description(texts.aliasDescription)
    .action(async (ref: string, alias: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const publication = await publicationNamed(revue, ref);
        console.log(line(await revue.call('publications.addAlias', { id: publication.id, alias })));
      });
    });

  publications
    .command('rename <publication> <name>')
    .description(texts.renameDescription)
    .action(async (ref: string, name: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const publication = await publicationNamed(revue, ref);
        console.log(line(await revue.call('publications.update', { id: publication.id, name })));
      });
    });

  publications
    .command('unalias <publication> <alias>')
    .description(texts.unaliasDescription)
    .action(async (ref: string, alias: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const publication = await publicationNamed(revue, ref);
        console.log(line(await revue.call('publications.removeAlias', { id: publication.id, alias })));
      });
    });

  publications
    .command('set <publication>')
    .description(texts.setDescription)
    .option('--type <type>', fill(texts.type, { types: PUBLICATION_TYPES.join(', ') }))
    .option('--language <code>', texts.language)
    .option('--country <code>', texts.country)
    .option('--edition-of <publication>', texts.editionOf)
    .option('--no-edition', texts.noEdition)
    .action(
      async (ref: string, opts: { type?: string; language?: string; country?: string; editionOf?: string; edition?: boolean }, command: Command) => {
        await withArchive(command, async (revue) => {
          const publication = await publicationNamed(revue, ref);
          const editionOf = opts.edition === false ? null : opts.editionOf ? (await publicationNamed(revue, opts.editionOf)).id : undefined;
          const type = parseType(opts.type);
          const updated = await revue.call('publications.update', {
            id: publication.id,
            ...(type ? { type } : {}),
            ...(opts.language ? { lang: opts.language } : {}),
            ...(opts.country ? { country: opts.country.toUpperCase() } : {}),
            ...(editionOf !== undefined ? { editionOf } : {}),
          });
          console.log(line(updated));
        });
      },
    );

  publications
    .command('merge <from> <into>')
    .description(texts.mergeDescription)
    .action(async (fromRef: string, intoRef: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const from = await publicationNamed(revue, fromRef);
        const into = await publicationNamed(revue, intoRef);
        const merged = await revue.call('publications.merge', { from: from.id, into: into.id });
        console.log(line(merged));
        console.error(count(words().publications.merged, merged.articleCount, { from: from.name, into: merged.name }));
      });
    });
}
