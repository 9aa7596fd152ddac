/**
 * One SVG element per timeline point. The shape says how precise the date is
 * (dot = day, bar = month, translucent band = year, diamond = an event that is not a round)
 * and the fill says how sure the round is (solid = held, hollow = mentioned, dashed = planned).
 */
import type { TimelinePoint } from '../answers/index.js';
import type { Palette } from './timeline-theme.js';

export type MarkerShape = 'dot' | 'bar' | 'band' | 'diamond';

export interface MarkerGeometry {
  shape: MarkerShape;
  /** Centre of the marker. */
  cx: number;
  cy: number;
  /** Horizontal extent for bars and bands (the time the date covers on the axis). */
  width: number;
}

/** Half the height of the strip the markers are drawn in. */
export const TRACK_HALF_HEIGHT = 13;
const DOT_RADIUS = 7;
const BAR_HALF_HEIGHT = 5;
const BAND_HALF_HEIGHT = 12;
const DIAMOND_HALF = 8;

function f(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

function paint(status: TimelinePoint['status'], colour: string, background: string): string {
  if (status === 'mentioned') return `fill="${background}" stroke="${colour}" stroke-width="2.5"`;
  if (status === 'planned') return `fill="${background}" stroke="${colour}" stroke-width="2.5" stroke-dasharray="4 3"`;
  return `fill="${colour}" stroke="${colour}" stroke-width="1.5"`;
}

export function markerElement(point: TimelinePoint, geometry: MarkerGeometry, palette: Palette): string {
  const colour = point.highlighted ? palette.accent : point.status === 'event' ? palette.event : palette.round;
  const tag = `data-kind="marker" data-status="${point.status}" data-shape="${geometry.shape}"`;
  const { cx, cy } = geometry;
  switch (geometry.shape) {
    case 'diamond': {
      const d = DIAMOND_HALF;
      const path = `M${f(cx)} ${f(cy - d)}L${f(cx + d)} ${f(cy)}L${f(cx)} ${f(cy + d)}L${f(cx - d)} ${f(cy)}Z`;
      return `<path ${tag} d="${path}" ${paint('held', colour, palette.background)}/>`;
    }
    case 'dot':
      return `<circle ${tag} cx="${f(cx)}" cy="${f(cy)}" r="${DOT_RADIUS}" ${paint(point.status, colour, palette.background)}/>`;
    case 'bar': {
      const w = Math.max(geometry.width, 6);
      return `<rect ${tag} x="${f(cx - w / 2)}" y="${f(cy - BAR_HALF_HEIGHT)}" width="${f(w)}" height="${2 * BAR_HALF_HEIGHT}" rx="2" ${paint(point.status, colour, palette.background)}/>`;
    }
    case 'band': {
      const w = Math.max(geometry.width, 6);
      // Translucent, so the bands of neighbouring years and the markers under them stay visible.
      const fill = point.status === 'held' ? `fill="${colour}" fill-opacity="0.28"` : 'fill="none"';
      const dash = point.status === 'planned' ? ' stroke-dasharray="4 3"' : '';
      return `<rect ${tag} x="${f(cx - w / 2)}" y="${f(cy - BAND_HALF_HEIGHT)}" width="${f(w)}" height="${2 * BAND_HALF_HEIGHT}" rx="3" ${fill} stroke="${colour}" stroke-width="2"${dash}/>`;
    }
  }
}
