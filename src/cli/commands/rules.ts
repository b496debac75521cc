import type { Command } from 'commander';
import type { SiteRule } from '../../shared/domain.js';
import { notFound, RevueError } from '../../shared/errors.js';
import { fill } from '../../shared/i18n/messages.js';
import { count, errorText, words } from '../language.js';
import { withArchive } from './openArchive.js';

function line(rule: SiteRule): string {
  return [rule.domain, rule.body ?? '—', rule.remove.join(', ') || '—'].join('\t');
}

/** `revue rules list|add|remove` (site rules: CSS selectors per domain) and `revue reextract`. */
export function registerRuleCommands(program: Command): void {
  const { rules: texts, common } = words();
  const rules = program.command('rules').description(texts.description);

  rules
    .command('list')
    .description(texts.listDescription)
    .option('--json', common.jsonArray)
    .action(async (opts: { json?: boolean }, command: Command) => {
      await withArchive(command, async (revue) => {
        const list = await revue.call('siteRules.list', {});
        if (opts.json) console.log(JSON.stringify(list));
        else for (const rule of list) console.log(line(rule));
      });
    });

  rules
    .command('add <domain>')
    .description(texts.addDescription)
    .option('--body <selector>', texts.body)
    .option('--remove <selector...>', texts.remove)
    .action(async (domain: string, opts: { body?: string; remove?: string[] }, command: Command) => {
      if (!opts.body && !opts.remove?.length) throw new RevueError('INVALID_INPUT', { detail: words().rules.bodyOrRemove });
      await withArchive(command, async (revue) => {
        console.log(line(await revue.call('siteRules.save', { domain, body: opts.body ?? null, remove: opts.remove ?? [] })));
      });
    });

  rules
    .command('remove <domain>')
    .description(texts.removeDescription)
    .action(async (domain: string, _opts: unknown, command: Command) => {
      await withArchive(command, async (revue) => {
        const { removed } = await revue.call('siteRules.remove', { domain });
        if (!removed) throw notFound('siteRule', domain);
        console.error(fill(words().rules.removed, { domain }));
      });
    });

  program
    .command('reextract <ids...>')
    .description(texts.reextractDescription)
    .option('--json', texts.reextractJson)
    .action(async (ids: string[], opts: { json?: boolean }, command: Command) => {
      await withArchive(command, async (revue) => {
        let failures = 0;
        for (const raw of ids) {
          try {
            const result = await revue.call('articles.reextract', { id: Number(raw) });
            const unanchored = result.unanchored.map((h) => h.exact);
            if (opts.json) console.log(JSON.stringify({ id: result.article.id, kept: result.kept, unanchored }));
            else {
              console.log(`${result.article.id}\t${result.article.title}\t${count(words().rules.kept, result.kept)}`);
              for (const exact of unanchored) console.log(fill(words().rules.unanchored, { exact }));
            }
          } catch (error) {
            failures++;
            const message = error instanceof RevueError ? errorText(error) : error instanceof Error ? error.message : String(error);
            console.error(`revue: ${fill(words().rules.failed, { id: raw, message })}`);
          }
        }
        if (failures > 0) process.exitCode = 1;
      });
    });
}
