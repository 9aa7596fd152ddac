/** Registered application commands, global and per guild, as Discord stores them (with ids and versions). */
import { APP_ID, snowflake } from './fixtures.js';
import type { CommandPayload } from './validate-commands.js';

export type RegisteredCommand = CommandPayload & {
  id: string;
  application_id: string;
  version: string;
  type: number;
  guild_id?: string;
};

export class CommandRegistry {
  global: RegisteredCommand[] = [];
  readonly guilds = new Map<string, RegisteredCommand[]>();

  list(guildId?: string): RegisteredCommand[] {
    return guildId ? (this.guilds.get(guildId) ?? []) : this.global;
  }

  /** Bulk overwrite. Like Discord, a command whose name and type survive keeps its id. */
  overwrite(guildId: string | undefined, commands: CommandPayload[]): RegisteredCommand[] {
    const before = this.list(guildId);
    const next = commands.map((c) =>
      this.stored(c, guildId, before.find((b) => b.name === c.name && b.type === (c.type ?? 1))?.id),
    );
    if (guildId) this.guilds.set(guildId, next);
    else this.global = next;
    return next;
  }

  /** Create, or overwrite the command of the same name (POST semantics). */
  upsert(guildId: string | undefined, command: CommandPayload): { command: RegisteredCommand; created: boolean } {
    const list = this.list(guildId);
    const index = list.findIndex((b) => b.name === command.name && b.type === (command.type ?? 1));
    const stored = this.stored(command, guildId, list[index]?.id);
    const next = index >= 0 ? list.map((c, i) => (i === index ? stored : c)) : [...list, stored];
    if (guildId) this.guilds.set(guildId, next);
    else this.global = next;
    return { command: stored, created: index < 0 };
  }

  remove(guildId: string | undefined, id: string): boolean {
    const list = this.list(guildId);
    const next = list.filter((c) => c.id !== id);
    if (guildId) this.guilds.set(guildId, next);
    else this.global = next;
    return next.length < list.length;
  }

  /** The command a user in `guildId` would see under this name: the guild's own first, then the global one. */
  find(name: string, guildId?: string): RegisteredCommand | undefined {
    return this.list(guildId).find((c) => c.name === name) ?? this.global.find((c) => c.name === name);
  }

  private stored(c: CommandPayload, guildId: string | undefined, keepId?: string): RegisteredCommand {
    return {
      ...c,
      id: keepId ?? snowflake(),
      application_id: APP_ID,
      version: snowflake(),
      type: c.type ?? 1,
      ...(guildId ? { guild_id: guildId } : {}),
      default_member_permissions: c.default_member_permissions ?? null,
      name_localizations: c.name_localizations ?? null,
      description_localizations: c.description_localizations ?? null,
    };
  }
}
