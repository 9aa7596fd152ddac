/** The memo extraction's readers share (src/text/recent-memo.ts), where this folder's files have always found it. */
export { RecentMemo } from '../text/index.js';
