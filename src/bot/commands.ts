/** The command modules of commands/, collected once. */
import { command as about } from '../../commands/about.js';
import { command as ask } from '../../commands/ask.js';
import { command as dialogue } from '../../commands/dialogue.js';
import { command as partners } from '../../commands/partners.js';
import { command as search } from '../../commands/search.js';
import { command as source } from '../../commands/source.js';
import { command as timeline } from '../../commands/timeline.js';
import { command as topic } from '../../commands/topic.js';
import type { CommandModule } from './command.js';

export const COMMANDS: ReadonlyMap<string, CommandModule> = new Map(
  [dialogue, topic, timeline, search, source, partners, about, ask].map((c) => [c.data.name, c]),
);

export const commandPayloads = () => [...COMMANDS.values()].map((c) => c.data.toJSON());
