/**
 * The loader of the discord.js template: every module in commands/ is a slash command. A module that does not have the
 * expected exports stops the bot (or the deploy) with one line naming the file, rather than failing on first use.
 */
import { ApplicationIntegrationType, InteractionContextType } from './discord.js';
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { CommandModule } from './command.js';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export class CommandLoadError extends Error {}

function checkModule(file: string, mod: Partial<CommandModule>): CommandModule {
  const problem =
    typeof mod.data?.toJSON !== 'function'
      ? 'a `data` SlashCommandBuilder'
      : typeof mod.execute !== 'function'
        ? 'an `execute(interaction, ctx)` function'
        : typeof mod.options?.safeParse !== 'function' || typeof mod.run !== 'function'
          ? '`options` (a zod schema) and `run` (what page buttons recompute)'
          : mod.autocomplete !== undefined && typeof mod.autocomplete !== 'function'
            ? 'an `autocomplete` function, when it has one'
            : null;
  if (problem) throw new CommandLoadError(`commands/${file} must export ${problem}`);
  return mod as CommandModule;
}

/** The commands of `dir`, by name, in file-name order (so deploys compare and print in a stable order). */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<ReadonlyMap<string, CommandModule>> {
  // .ts when run through tsx, .js once built; declaration files are not modules.
  const files = (await readdir(dir)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const commands = new Map<string, CommandModule>();
  for (const file of files) {
    const command = checkModule(file, (await import(pathToFileURL(join(dir, file)).href)) as Partial<CommandModule>);
    if (commands.has(command.data.name))
      throw new CommandLoadError(`commands/${file}: a second command named "${command.data.name}"`);
    commands.set(command.data.name, command);
  }
  return commands;
}

/**
 * Every command can be used wherever the app is: installed to a server or to a user (integration types 0 and 1), in a
 * server, in a DM with the bot, and in group DMs and other people's DMs (contexts 0, 1, 2). Nothing the bot says
 * depends on a server, so no command is held back.
 */
export const INSTALL_EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

export const commandPayloads = (commands: ReadonlyMap<string, CommandModule>) =>
  [...commands.values()].map((c) => ({ ...c.data.toJSON(), ...INSTALL_EVERYWHERE }));
