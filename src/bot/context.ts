/** What every interaction handler is given: the current Library, the log, the flood guard and the loaded commands. */
import type { Library } from '../answers/index.js';
import type { CommandModule } from './command.js';
import type { CommandIds } from './command-ids.js';
import type { Logger } from './logger.js';
import type { RateLimiter } from './rate-limit.js';

export interface BotContext {
  /** The current Library; a reload swaps it whole, so one interaction always reads one consistent Library. */
  library: () => Library;
  logger: Logger;
  limiter: RateLimiter;
  commands: ReadonlyMap<string, CommandModule>;
  /** Ids of the registered commands, for command mentions (absent in unit tests: plain "/name"). */
  commandIds?: CommandIds;
}
