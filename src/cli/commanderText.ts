import type { Command, Option } from 'commander';
import { fill } from '../shared/i18n/messages.js';
import { words } from './language.js';

/** Commander's help titles ("Usage:", "Options:"…) in the CLI's language. */
function title(english: string): string {
  const titles: Record<string, string> = words().usage;
  return titles[english] ?? english;
}

/** An option's help line with its default in the CLI's language ("par défaut : 20"). */
function optionDescription(option: Option): string {
  const extra: string[] = [];
  const { usage } = words();
  if (option.argChoices) extra.push(fill(usage.choices, { values: option.argChoices.join(', ') }));
  const shows = option.required || option.optional;
  if (option.defaultValue !== undefined && shows && option.defaultValue !== '') {
    extra.push(fill(usage.default, { value: option.defaultValueDescription ?? String(option.defaultValue) }));
  }
  return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
}

/** Rewrites one of Commander's refusals ("error: unknown option '--x'") in the CLI's language. */
export function commanderError(text: string): string {
  const { usage } = words();
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^error: unknown option '([^']*)'/, (m) => fill(usage.unknownOption, { option: m[1] ?? '' })],
    [/^error: unknown command '([^']*)'/, (m) => fill(usage.unknownCommand, { command: m[1] ?? '' })],
    [/^error: missing required argument '([^']*)'/, (m) => fill(usage.missingArgument, { argument: m[1] ?? '' })],
    [/^error: option '([^']*)' argument missing/, (m) => fill(usage.optionArgumentMissing, { option: m[1] ?? '' })],
    [/^error: required option '([^']*)' not specified/, (m) => fill(usage.requiredOption, { option: m[1] ?? '' })],
    [/^error: too many arguments/, () => usage.tooManyArguments],
  ];
  const [first = '', ...rest] = text.trimEnd().split('\n');
  const suggestion = /\(Did you mean (?:one of )?(.*)\?\)/.exec(rest.join(' '));
  for (const [pattern, say] of rules) {
    const match = pattern.exec(first);
    if (!match) continue;
    const line = `revue: ${say(match)}`;
    return `${suggestion ? `${line}\n${fill(usage.didYouMean, { suggestion: suggestion[1] ?? '' })}` : line}\n`;
  }
  return text;
}

/** Commander set to speak the CLI's language: help titles, defaults, help option and refusals. */
export function speakCliLanguage(program: Command): Command {
  const { program: texts } = words();
  return program
    .configureHelp({
      styleTitle: (str: string) => title(str),
      optionDescription: (option: Option) => optionDescription(option),
    })
    .configureOutput({ outputError: (str, write) => write(commanderError(str)) })
    .helpOption('-h, --help', texts.help)
    .helpCommand('help [command]', texts.helpCommand);
}
