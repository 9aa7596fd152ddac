/** CLI arguments: parsed by util.parseArgs, validated by zod. Bad usage is a one-line message and exit code 2. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export class UsageError extends Error {}

export const COMMANDS = [
  'about',
  'articles',
  'source',
  'search',
  'dialogue',
  'topic',
  'timeline',
  'partners',
  'export',
  'question',
] as const;
export type Command = (typeof COMMANDS)[number];

const Options = z.object({
  corpus: z.string().min(1).optional(),
  json: z.boolean().default(false),
  lang: z.enum(['en', 'vi'], { message: '--lang must be en or vi' }).default('en'),
  round: z.string().max(40).optional(),
  topic: z.string().max(200).optional(),
  passage: z.coerce
    .number({ message: '--passage must be a number' })
    .int()
    .positive({ message: '--passage must be a positive whole number' })
    .optional(),
  limit: z.coerce
    .number({ message: '--limit must be a number' })
    .int({ message: '--limit must be a whole number from 1 to 50' })
    .min(1, { message: '--limit must be a whole number from 1 to 50' })
    .max(50, { message: '--limit must be a whole number from 1 to 50' })
    .optional(),
  format: z.enum(['json', 'csv'], { message: '--format must be json or csv' }).default('json'),
  png: z.string().min(1).optional(),
  help: z.boolean().default(false),
});

export interface CliArgs extends z.infer<typeof Options> {
  command: Command;
  words: string[];
}

export const USAGE = `usage: npm run ask -- [--corpus DIR] [--json] [--lang en|vi] <command> …
  dialogue <partner> [--round N|latest|all] [--png FILE]   the story with one partner
  topic <topic>                                          which partners discussed a topic
  timeline [partner] [--topic T] [--png FILE]            dated rounds and events
  search <text…> [--limit N]                             the best passages
  source <article-id> [--passage N]                      an article, or one passage
  partners | about | articles                            what is on record
  export [--format json|csv]                             the knowledge table
  "<question>"                                           e.g. "latest round with Japan?"`;

const STRING_OPTIONS = new Set([
  '--corpus',
  '--lang',
  '--round',
  '--topic',
  '--passage',
  '--limit',
  '--format',
  '--png',
]);

/**
 * `--passage -1` as `--passage=-1`: util.parseArgs takes a value that starts with a dash for an option and refuses it
 * as "ambiguous"; joined, the value reaches the option's own check and its own message.
 */
const joinNegativeValues = (argv: string[]): string[] =>
  argv.flatMap((arg, i) =>
    STRING_OPTIONS.has(arg) && /^-\d/.test(argv[i + 1] ?? '')
      ? [`${arg}=${argv[i + 1]}`]
      : i > 0 && STRING_OPTIONS.has(argv[i - 1]!) && /^-\d/.test(arg)
        ? []
        : [arg],
  );

export function parseCli(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        round: { type: 'string' },
        topic: { type: 'string' },
        passage: { type: 'string' },
        limit: { type: 'string' },
        format: { type: 'string' },
        png: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  const result = Options.safeParse(parsed.values);
  if (!result.success) throw new UsageError(result.error.issues[0]?.message ?? 'bad option');
  const [first, ...rest] = parsed.positionals;
  if (!first) {
    if (result.data.help) return { ...result.data, command: 'about', words: [] };
    throw new UsageError('no command given (try: npm run ask -- dialogue canada)');
  }
  const known = (COMMANDS as readonly string[]).includes(first.toLowerCase());
  // Anything that is not a command is a question in words: "ask 'latest japan'".
  return known
    ? { ...result.data, command: first.toLowerCase() as Command, words: rest }
    : { ...result.data, command: 'question', words: parsed.positionals };
}
