// The bench and the bot tests start the bot with the node flags of the npm script that runs it, read from
// package.json (test/bot/bot-process.ts): a flag added to `npm start` is measured and tested as users run it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scriptNodeFlags } from './bot-process.js';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
/** What sits between `node` and `bin/run.mjs` in a script, cut out by hand. */
const between = (script: string) =>
  /^node (.*?) ?bin\/run\.mjs /.exec(scripts[script]!)![1]!.split(' ').filter(Boolean);

describe("the npm scripts' node flags", () => {
  it('are those of npm start for the bot, of start:sharded with --sharded, of ask for the CLI', () => {
    expect(scriptNodeFlags()).toEqual(between('start'));
    expect(scriptNodeFlags('src/bot/main.ts', ['--sharded'])).toEqual(between('start:sharded'));
    expect(scriptNodeFlags('src/cli/main.ts', [])).toEqual(between('ask'));
    // An entry no script runs as given gets npm start's flags.
    expect(scriptNodeFlags('src/bot/main.ts', ['--other'])).toEqual(between('start'));
  });
});
