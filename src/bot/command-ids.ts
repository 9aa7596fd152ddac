/**
 * The ids Discord gave our registered commands, so messages can carry command mentions (`</dialogue:123>`, which a
 * user clicks to start that command) instead of naming CLI syntax. Learnt at login from the registered list (global,
 * and the test guild when one is configured) and from every slash command that arrives (its own id).
 */
import type { Client, RESTGetAPIApplicationCommandsResult } from 'discord.js';
import { Routes } from './discord.js';
import type { Logger } from './logger.js';

export class CommandIds {
  private readonly ids = new Map<string, string>();

  learn(name: string, id: string | null | undefined): void {
    if (id && /^[1-9]\d*$/.test(id)) this.ids.set(name, id);
  }

  get size(): number {
    return this.ids.size;
  }

  /** A clickable mention when the id is known, else the plain "/name" a user can type. */
  mention(name: string): string {
    const id = this.ids.get(name);
    return id ? `</${name}:${id}>` : `/${name}`;
  }
}

/** Reads the registered commands once; a failure leaves plain "/name" mentions, never an error for the user. */
export async function fetchCommandIds(
  client: Client,
  applicationId: string,
  guildId: string | undefined,
  ids: CommandIds,
  logger: Logger,
): Promise<void> {
  const routes = [Routes.applicationCommands(applicationId)];
  if (guildId) routes.push(Routes.applicationGuildCommands(applicationId, guildId));
  for (const route of routes) {
    try {
      const list = (await client.rest.get(route)) as RESTGetAPIApplicationCommandsResult;
      for (const command of list) ids.learn(command.name, command.id);
    } catch (error) {
      logger.warn({ err: error, route }, 'could not read the registered command ids');
    }
  }
}

/** Commands the terminal names differently: `articles` lists article ids, which /source offers as it is typed. */
const CLI_TO_DISCORD: Record<string, string> = { articles: 'source', topics: 'topic' };

/** The mention a rendered hint uses for a command name, or null when Discord has no such command. */
export function mentionWith(
  commands: ReadonlyMap<string, unknown>,
  ids: CommandIds | undefined,
): (name: string) => string | null {
  return (name) => {
    const command = CLI_TO_DISCORD[name] ?? name;
    return commands.has(command) ? (ids?.mention(command) ?? `/${command}`) : null;
  };
}
