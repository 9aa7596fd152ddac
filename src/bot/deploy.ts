/**
 * `npm run deploy-commands`: register the slash commands with one bulk overwrite — in DISCORD_GUILD_ID when set
 * (instant, for testing), else globally — and print what changed.
 */
import type { RESTGetAPIApplicationCommandsResult } from 'discord.js';
import { REST, Routes } from './discord.js';
import { ConfigError, readConfig } from '../config.js';
import { describeDiff, diffCommands } from './command-diff.js';
import { commandPayloads, loadCommands } from './commands.js';

async function deploy(): Promise<void> {
  const config = readConfig();
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(config.discordToken);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId);
  const before = (await rest.get(route)) as RESTGetAPIApplicationCommandsResult;
  const payloads = commandPayloads(await loadCommands());
  await rest.put(route, { body: payloads });
  const scope = config.discordGuildId ? `guild ${config.discordGuildId}` : 'global';
  process.stdout.write(describeDiff(diffCommands(before, payloads), payloads.length, scope));
}

deploy().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `deploy-commands: ${(error as Error).message}`}\n`,
  );
  process.exit(1);
});
