/** Tests build their Library as the bot and the CLI do: with the store, and with no disk cache unless a test asks. */
import type { Library } from '../../src/answers/index.js';
import { CorpusStore } from '../../src/store/index.js';

export const libraryOf = (dir: string, options: ConstructorParameters<typeof CorpusStore>[1] = {}): Promise<Library> =>
  new CorpusStore(dir, options).load();
