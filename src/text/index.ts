/** The door of src/text: what other folders may use of it. */
export { allMatches } from './matches.js';
export { LookBehind } from './look-behind.js';
export { NotAfter } from './not-after.js';

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { cleanTextOf, fold, hasDiacritics, toneKey, toNfc } from './normalize.js';
