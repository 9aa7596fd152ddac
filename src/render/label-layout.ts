/**
 * Where each label of one lane goes, so that no two labels overlap.
 *
 * A lane has rows of labels above its track (row 1, 2, 3…) and below it (row -1, -2, -3…).
 * Labels are placed greedily, in the caller's order: each takes the first row where it fits whole,
 * centred over its marker; a label further out than row ±1 gets a leader line to its marker,
 * and that leader's path must be free too, so leaders never cross text.
 * A label that fits whole nowhere is shortened with "…" into the widest free gap over its marker;
 * if even a short stub does not fit it is dropped (the marker is still drawn).
 */
import { fitText, textWidth } from './text-width.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** The caller's key, handed back with the placement. */
  id: number;
  /** The marker's centre: labels are centred on it when room allows. */
  anchorX: number;
  text: string;
}

export interface PlacedLabel {
  id: number;
  /** 1, 2, … above the track; -1, -2, … below it. */
  row: number;
  /** The text as shown: the request's, or shortened with "…". */
  text: string;
  x: number;
  width: number;
}

export interface LaneLayoutOptions {
  /** Labels stay within [minX, maxX]. */
  minX: number;
  maxX: number;
  fontSize: number;
  rowsPerSide: number;
  /** Least space between two labels in a row. */
  gap?: number;
}

export interface LaneLayout {
  placed: PlacedLabel[];
  dropped: number[];
}

interface Span {
  a: number;
  b: number;
}

const LEADER_HALF_WIDTH = 3;
/** A label shortened below this many letters says nothing; better drop it. */
const MIN_SHORT_CHARS = 4;

export function boxesOverlap(p: Box, q: Box): boolean {
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Rows in the order they are tried: close to the track first, alternating above and below. */
function rowOrder(rowsPerSide: number): number[] {
  const rows: number[] = [];
  for (let r = 1; r <= rowsPerSide; r++) rows.push(r, -r);
  return rows;
}

/** The rows a leader to `row` crosses: the nearer rows on the same side. */
function rowsCrossed(row: number): number[] {
  const sign = Math.sign(row);
  return Array.from({ length: Math.abs(row) - 1 }, (_, i) => sign * (i + 1));
}

function clear(spans: Span[], wanted: Span): boolean {
  return spans.every((s) => wanted.b <= s.a || s.b <= wanted.a);
}

export function layoutLaneLabels(requests: LabelRequest[], options: LaneLayoutOptions): LaneLayout {
  const gap = options.gap ?? 12;
  const rows = rowOrder(options.rowsPerSide);
  const occupied = new Map<number, Span[]>(rows.map((r) => [r, []]));
  const spansOf = (row: number): Span[] => occupied.get(row) ?? [];
  const placed: PlacedLabel[] = [];
  const dropped: number[] = [];

  const leaderSpan = (x: number): Span => ({ a: x - LEADER_HALF_WIDTH, b: x + LEADER_HALF_WIDTH });
  const leaderFree = (row: number, x: number) => rowsCrossed(row).every((r) => clear(spansOf(r), leaderSpan(x)));

  /** Left edge for a label of `width` centred on `anchor`, kept inside [low, high]. */
  const centred = (anchor: number, width: number, low: number, high: number) =>
    Math.min(Math.max(anchor - width / 2, low), high - width);

  const commit = (request: LabelRequest, row: number, text: string, x: number, width: number) => {
    spansOf(row).push({ a: x - gap / 2, b: x + width + gap / 2 });
    for (const r of rowsCrossed(row)) spansOf(r).push(leaderSpan(request.anchorX));
    placed.push({ id: request.id, row, text, x, width });
  };

  for (const request of requests) {
    const width = textWidth(request.text, options.fontSize);
    const whole = rows.find((row) => {
      if (width > options.maxX - options.minX) return false;
      const x = centred(request.anchorX, width, options.minX, options.maxX);
      return clear(spansOf(row), { a: x - gap / 2, b: x + width + gap / 2 }) && leaderFree(row, request.anchorX);
    });
    if (whole !== undefined) {
      commit(request, whole, request.text, centred(request.anchorX, width, options.minX, options.maxX), width);
      continue;
    }
    const short = widestGap(rows, request.anchorX, options, gap, spansOf, leaderFree);
    const text = short ? fitText(request.text, short.room, options.fontSize) : '';
    if (short && [...text].length > MIN_SHORT_CHARS) {
      const shortWidth = textWidth(text, options.fontSize);
      commit(request, short.row, text, centred(request.anchorX, shortWidth, short.low, short.high), shortWidth);
    } else {
      dropped.push(request.id);
    }
  }
  return { placed, dropped };
}

/** Of the rows where the anchor is free (and its leader's path too), the one with the most room around it. */
function widestGap(
  rows: number[],
  anchor: number,
  options: LaneLayoutOptions,
  gap: number,
  spansOf: (row: number) => Span[],
  leaderFree: (row: number, x: number) => boolean,
): { row: number; low: number; high: number; room: number } | null {
  let best: { row: number; low: number; high: number; room: number } | null = null;
  for (const row of rows) {
    const spans = spansOf(row);
    if (spans.some((s) => s.a <= anchor && anchor <= s.b) || !leaderFree(row, anchor)) continue;
    const low = Math.max(options.minX, ...spans.filter((s) => s.b <= anchor).map((s) => s.b + gap / 2));
    const high = Math.min(options.maxX, ...spans.filter((s) => s.a >= anchor).map((s) => s.a - gap / 2));
    if (!best || high - low > best.room) best = { row, low, high, room: high - low };
  }
  return best;
}
