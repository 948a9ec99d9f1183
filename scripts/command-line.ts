// What every command of the project does with its arguments: `--help` (or `-h`) prints what the
// command does and how to call it, in Swedish, and a mistyped option is answered in Swedish with
// the same text, not with Node's English stack trace.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { didYouMean } from '#lib/text/suggest.ts';

export interface Usage {
  /** What the command does, in a sentence or two. */
  summary: string;
  /** How to call it: one line per form, starting with `npm run …`. */
  forms: string[];
  /** Its options, each with what it does. */
  options?: [string, string][];
}

export function usageText({ summary, forms, options = [] }: Usage): string {
  const width = Math.max(0, ...options.map(([name]) => name.length));
  return [
    summary,
    '',
    'Så här:',
    ...forms.map((form) => `  ${form}`),
    ...(options.length > 0 ? ['', 'Val:', ...options.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`)] : []),
    '',
    'Mer i redaktörsguiden (content/sidor/redaktorsguide.md) och i README.md.',
  ].join('\n');
}

/** Node's message about an argument, as an editor should read it. */
function swedishArgumentError(error: Error & { code?: string }, known: string[]): string {
  const [, name = ''] = /'([^']+)'/.exec(error.message) ?? [];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Okänt val: ${name}. ${didYouMean(name, known)}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Valet ${name.split(' ')[0]} ska ha ett värde.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Oväntat argument: ${name}.`;
    default:
      return error.message;
  }
}

/**
 * The command's arguments, parsed; on `--help` prints the usage and exits, on a mistyped option
 * prints what is wrong and the usage, and exits with status 2.
 */
export function commandArguments<T extends ParseArgsConfig>(usage: Usage, config: T, args = process.argv.slice(2)) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usageText(usage));
    process.exit(0);
  }
  try {
    return parseArgs({ ...config, args });
  } catch (error) {
    if (!(error instanceof Error) || !String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    const known = Object.keys(config.options ?? {}).map((option) => `--${option}`);
    console.error(`Fel: ${swedishArgumentError(error, known)}\n\n${usageText(usage)}`);
    process.exit(2);
  }
}
