import type { Command } from 'commander';
import type { SiteRule } from '../../shared/domain.js';
import { RevueError } from '../../shared/errors.js';
import { withArchive } from './openArchive.js';

function line(rule: SiteRule): string {
  return [rule.domain, rule.body ?? '—', rule.remove.join(', ') || '—'].join('\t');
}

/** `revue rules list|add|remove` (site rules: CSS selectors per domain) and `revue reextract`. */
export function registerRuleCommands(program: Command): void {
  const rules = program.command('rules').description("règles de site : sélecteurs CSS du corps de l'article et des parties à retirer, par domaine");

  rules
    .command('list')
    .description('lister les règles : domaine, corps, parties retirées')
    .option('--json', 'sortie JSON (un tableau)')
    .action(async (opts: { json?: boolean }, command: Command) => {
      await withArchive(command, async (revue) => {
        const list = await revue.call('siteRules.list', {});
        if (opts.json) console.log(JSON.stringify(list));
        else for (const rule of list) console.log(line(rule));
      });
    });

  rules
    .command('add <domain>')
    .description("créer ou remplacer la règle d'un domaine (ses sous-domaines aussi)")
    .option('--body <selector>', "sélecteur CSS du corps de l'article")
    .option('--remove <selector...>', 'sélecteurs CSS des parties à retirer')
    .action(async (domain: string, opts: { body?: string; remove?: string[] }, command: Command) => {
      if (!opts.body && !opts.remove?.length) throw new RevueError('INVALID_INPUT', { detail: 'indiquez --body, --remove ou les deux' });
      await withArchive(command, async (revue) => {
        console.log(line(await revue.call('siteRules.save', { domain, body: opts.body ?? null, remove: opts.remove ?? [] })));
      });
    });

  rules
    .command('remove <domain>')
    .description("supprimer la règle d'un domaine")
    .action(async (domain: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const { removed } = await revue.call('siteRules.remove', { domain });
        if (!removed) throw new RevueError('NOT_FOUND', { what: `règle pour ${domain}` });
        console.error(`règle de ${domain} supprimée`);
      });
    });

  program
    .command('reextract <ids...>')
    .description("ré-extraire des articles depuis leur page d'origine conservée, avec les règles de site actuelles")
    .option('--json', 'sortie JSON Lines : { id, kept, unanchored } par article')
    .action(async (ids: string[], opts: { json?: boolean }, command: Command) => {
      await withArchive(command, async (revue) => {
        let failures = 0;
        for (const raw of ids) {
          try {
            const result = await revue.call('articles.reextract', { id: Number(raw) });
            const unanchored = result.unanchored.map((h) => h.exact);
            if (opts.json) console.log(JSON.stringify({ id: result.article.id, kept: result.kept, unanchored }));
            else {
              console.log(`${result.article.id}\t${result.article.title}\t${result.kept} passage(s) conservé(s)`);
              for (const exact of unanchored) console.log(`  passage introuvable dans le nouveau texte (gardé dans la liste) : « ${exact} »`);
            }
          } catch (error) {
            failures++;
            console.error(`revue: ${raw} : ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (failures > 0) process.exitCode = 1;
      });
    });
}
