/** The door of src/render: what other folders may use of it. */

// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.
export { decodePageState, encodePageState, fitsInline } from './custom-id.js';
export type { ArgsRef, PageState } from './custom-id.js';
export { clipUnits, LIMITS } from './discord-limits.js';
export { boxesOverlap, boxInside, layoutLaneLabels } from './label-layout.js';
export type { Box } from './label-layout.js';
export { cleanLabel, escapeXml } from './svg-escape.js';
export { renderTerminal } from './terminal.js';
export { fitText, textWidth } from './text-width.js';
export { dateSpan, paddedDomain, yearTicks } from './timeline-scale.js';
export { renderTimelineSvg } from './timeline-svg.js';
export type { TimelineInputPoint } from './timeline-svg.js';
