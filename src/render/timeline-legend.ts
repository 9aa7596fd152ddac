/** Which symbols the legend explains: only those the picture actually uses. */
import type { TimelinePoint } from '../answers/index.js';
import type { HistDate } from '../corpus/index.js';
import type { LegendItem } from './timeline-decor.js';
import { PICTURE_WORDS, type PictureWords } from './picture-words.js';
import type { Palette } from './timeline-theme.js';

type LegendPoint = Pick<TimelinePoint, 'status' | 'highlighted'> & { date?: HistDate | null };

function circle(cx: number, cy: number, colour: string, fill: string, dashed = false): string {
  const dash = dashed ? ' stroke-dasharray="3 2"' : '';
  return `<circle data-kind="legend-symbol" cx="${cx}" cy="${cy}" r="6" fill="${fill}" stroke="${colour}" stroke-width="2"${dash}/>`;
}

export function timelineLegend(
  points: readonly LegendPoint[],
  palette: Palette,
  highlightLabel?: string,
  words: PictureWords = PICTURE_WORDS.en,
): LegendItem[] {
  const has = (test: (p: LegendPoint) => boolean) => points.some((p) => p && test(p));
  const items: LegendItem[] = [];
  if (has((p) => p.status === 'held' && !p.highlighted))
    items.push({ text: words.held, symbol: (cx, cy) => circle(cx, cy, palette.round, palette.round) });
  if (has((p) => p.status === 'mentioned')) {
    items.push({ text: words.mentioned, symbol: (cx, cy) => circle(cx, cy, palette.round, palette.background) });
  }
  if (has((p) => p.status === 'planned')) {
    items.push({ text: words.planned, symbol: (cx, cy) => circle(cx, cy, palette.round, palette.background, true) });
  }
  if (has((p) => p.status === 'event')) {
    items.push({
      text: words.event,
      symbol: (cx, cy) =>
        `<path data-kind="legend-symbol" d="M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z" fill="${palette.event}"/>`,
    });
  }
  if (has((p) => !!p.highlighted)) {
    items.push({
      text: highlightLabel || words.highlighted,
      symbol: (cx, cy) => circle(cx, cy, palette.accent, palette.accent),
    });
  }
  if (has((p) => p.date?.precision !== 'day' && !!p.date)) {
    items.push({
      text: words.coarse,
      symbol: (cx, cy) =>
        `<rect data-kind="legend-symbol" x="${cx - 7}" y="${cy - 5}" width="14" height="10" rx="2" fill="${palette.round}" fill-opacity="0.5" stroke="${palette.round}"/>`,
    });
  }
  if (has((p) => !!p.date?.inferred)) items.push({ text: words.inferred });
  if (has((p) => !!p.date?.onOrBefore)) items.push({ text: words.onOrBefore });
  return items;
}
