/** The door of src/cli: what other folders may use of it. */

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { parseCli, UsageError } from './args.js';
export { preparePng, runCommand } from './run.js';
