/** `npm run ask -- …`: the offline CLI. It runs the same answer functions as the Discord commands. */
import { writeFileSync } from 'node:fs';
import { readCliConfig } from '../config.js';
import { CorpusError } from '../corpus/index.js';
import { CorpusStore } from '../store/index.js';
import { parseCli, USAGE, UsageError } from './args.js';
import { pngPathProblem, pngWriteProblem } from './png-path.js';
import { preparePng, runCommand } from './run.js';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCli(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ask: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const pngProblem = args.png ? pngPathProblem(args.png) : null;
  if (pngProblem) {
    process.stderr.write(`ask: ${pngProblem}\n`);
    return 2;
  }
  const { corpusDir, cacheFile } = readCliConfig(args);
  // The bot's store and disk cache: a second question about a large archive starts from the cache, not the files.
  const store = new CorpusStore(corpusDir, cacheFile ? { cacheFile } : {});
  let lib;
  try {
    lib = await store.load();
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(`ask: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  for (const skipped of lib.corpus.skipped) process.stderr.write(`ask: skipped ${skipped.file}: ${skipped.reason}\n`);
  for (const warning of lib.corpus.warnings ?? []) process.stderr.write(`ask: ${warning.file}: ${warning.reason}\n`);
  if (args.png) await preparePng();
  const result = runCommand(lib, args);
  if ('usage' in result) {
    process.stderr.write(`ask: ${result.usage}\n`);
    return 2;
  }
  process.stdout.write(result.output);
  // The answer is out; a first start writes the cache before the process ends.
  await store.flush();
  if (args.png) {
    if (!result.png) {
      process.stderr.write('ask: this answer has no dated entries to draw; no PNG written\n');
      return 0;
    }
    try {
      writeFileSync(args.png, result.png());
    } catch (error) {
      process.stderr.write(`ask: ${pngWriteProblem(args.png, error as NodeJS.ErrnoException)}\n`);
      return 2;
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An internal failure: one line, no stack trace for the user; exit 1 distinguishes it from bad usage.
    process.stderr.write(
      `ask: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
