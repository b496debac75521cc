import type { Command } from 'commander';
import { PUBLICATION_TYPES, type Publication, type PublicationType } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import type { Revue } from '../../core/revue.js';
import { withArchive } from './openArchive.js';

/** A publication named on the command line: its number, or any name or address the registry knows it by. */
async function publicationNamed(revue: Revue, ref: string): Promise<Publication> {
  if (/^\d+$/.test(ref)) {
    const byId = (await revue.call('publications.list', {})).find((p) => p.id === Number(ref));
    if (byId) return byId;
  }
  const found = await revue.call('publications.resolve', /^https?:\/\//i.test(ref) ? { url: ref } : { name: ref });
  if (!found) {
    console.error('voir « revue publications list »');
    throw notFound('publication', ref);
  }
  return found;
}

function line(p: Publication): string {
  const kind = [p.type, p.lang, p.country].filter(Boolean).join(' ');
  const edition = p.editionOf ? ` — édition de ${p.editionOf.name}` : '';
  const names = p.aliases.length ? ` — aussi : ${p.aliases.join(', ')}` : '';
  return `${p.id}\t${p.name}\t${p.articleCount}\t${kind}\t${p.domains.join(' ')}${edition}${names}`;
}

function parseType(type: string | undefined): PublicationType | undefined {
  if (type === undefined) return undefined;
  if (!(PUBLICATION_TYPES as readonly string[]).includes(type)) {
    throw new RevueError('INVALID_INPUT', { detail: `--type : ${type} (attendu : ${PUBLICATION_TYPES.join(', ')})` });
  }
  return type as PublicationType;
}

/** `revue publications list|add|alias|merge`: the publication registry from the command line. */
export function registerPublicationCommands(program: Command): void {
  const publications = program.command('publications').description('le registre des publications : noms canoniques, alias, domaines');

  publications
    .command('list')
    .description('lister les publications : numéro, nom, articles, type, domaines, alias')
    .option('--json', 'sortie JSON (un tableau)')
    .option('--cited', "seulement celles qui ont des articles dans l'archive")
    .action(async (opts: { json?: boolean; cited?: boolean }, command: Command) => {
      await withArchive(command, async (revue) => {
        const list = (await revue.call('publications.list', {})).filter((p) => !opts.cited || p.articleCount > 0);
        if (opts.json) console.log(JSON.stringify(list));
        else for (const p of list) console.log(line(p));
      });
    });

  publications
    .command('add <name>')
    .description('ajouter une publication')
    .option('--type <type>', `type : ${PUBLICATION_TYPES.join(', ')}`, 'site')
    .option('--lang <lang>', 'langue (fr, ar, en…)')
    .option('--country <code>', 'pays (code ISO : MA, DZ, TN, FR…)')
    .option('--domain <domain...>', 'domaines (lemonde.fr, bbc.com/arabic)')
    .option('--alias <name...>', 'autres noms')
    .option('--edition-of <publication>', 'la publication dont elle est une édition')
    .action(
      async (
        name: string,
        opts: { type?: string; lang?: string; country?: string; domain?: string[]; alias?: string[]; editionOf?: string },
        command: Command,
      ) => {
        await withArchive(command, async (revue) => {
          const editionOf = opts.editionOf ? (await publicationNamed(revue, opts.editionOf)).id : undefined;
          const added = await revue.call('publications.add', {
            name,
            type: parseType(opts.type) ?? 'site',
            ...(opts.lang ? { lang: opts.lang } : {}),
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
    .description('donner un autre nom (ou un domaine) à une publication')
    .action(async (ref: string, alias: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const publication = await publicationNamed(revue, ref);
        console.log(line(await revue.call('publications.addAlias', { id: publication.id, alias })));
      });
    });

  publications
    .command('rename <publication> <name>')
    .description("renommer une publication (l'ancien nom reste un alias)")
    .action(async (ref: string, name: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const publication = await publicationNamed(revue, ref);
        console.log(line(await revue.call('publications.update', { id: publication.id, name })));
      });
    });

  publications
    .command('merge <from> <into>')
    .description('fusionner FROM dans INTO : ses noms, domaines et articles passent à INTO')
    .action(async (fromRef: string, intoRef: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const from = await publicationNamed(revue, fromRef);
        const into = await publicationNamed(revue, intoRef);
        const merged = await revue.call('publications.merge', { from: from.id, into: into.id });
        console.log(line(merged));
        console.error(`« ${from.name} » fusionnée dans « ${merged.name} » (${merged.articleCount} article(s))`);
      });
    });
}
