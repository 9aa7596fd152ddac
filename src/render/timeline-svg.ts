/**
 * Timeline points → an SVG picture: one lane per partner or mechanism, a year axis,
 * a marker per point and labels that never overlap. Pure: no I/O, the same input gives the same SVG.
 *
 * Points without a readable date (planned rounds often have none) are drawn in a
 * "no date yet" zone to the right of the axis, so that they are seen rather than silently left out.
 */
import type { Language, HistDate } from '../corpus/index.js';
import type { TimelinePoint } from '../answers/index.js';
import { layoutLaneLabels, type Box, type LabelRequest, type PlacedLabel } from './label-layout.js';
import { cleanLabel } from './svg-escape.js';
import { fitText } from './text-width.js';
import { axisElements, FONT_FAMILY, gridElements, legendElements, textElement, wrapText } from './timeline-decor.js';
import { markerElement, TRACK_HALF_HEIGHT, type MarkerGeometry } from './timeline-markers.js';
import { dateSpan, paddedDomain, xScale, yearTicks, type DateSpan } from './timeline-scale.js';
import { timelineLegend } from './timeline-legend.js';
import { PICTURE_WORDS } from './picture-words.js';
import { PALETTES, type TimelineTheme } from './timeline-theme.js';

/** A point as callers may hand it: the date can be missing for a planned round. */
export type TimelineInputPoint = Omit<TimelinePoint, 'date'> & { date: HistDate | null | undefined };

export interface TimelineImageOptions {
  title: string;
  subtitle?: string;
  theme?: TimelineTheme;
  /** Canvas width in px; 1200 by default. */
  width?: number;
  /** Legend text for highlighted points, e.g. the chosen topic. */
  highlightLabel?: string;
  /** The language of the legend and labels the picture writes; English by default. */
  lang?: Language;
}

export interface LabelBox extends Box {
  text: string;
  lane: string;
}

export interface TimelineSvg {
  svg: string;
  width: number;
  height: number;
  /** Every drawn label's box, in canvas px. */
  labels: LabelBox[];
  /** How many markers were drawn: one per point. */
  markers: number;
  /** Points whose label found no room even shortened (their marker is still drawn). */
  droppedLabels: number;
}

const MARGIN = 24;
const TITLE_SIZE = 28;
const SUBTITLE_SIZE = 17;
const LABEL_SIZE = 16;
const LANE_NAME_SIZE = 18;
const AXIS_SIZE = 15;
const LEGEND_SIZE = 14;
const LANE_NAME_WIDTH = 160;
const PLOT_LEFT = MARGIN + LANE_NAME_WIDTH + 28;
const UNDATED_ZONE_WIDTH = 170;
const ROW_HEIGHT = 24;
const LABEL_BOX_HEIGHT = Math.round(LABEL_SIZE * 1.25);
const ROWS_PER_SIDE = 3;
const LANE_PADDING = 10;
const MIN_LANE_HEIGHT = 120;

interface PreparedPoint {
  index: number;
  point: TimelineInputPoint;
  lane: string;
  span: DateSpan | null;
  label: string;
}

function checkOptions(options: TimelineImageOptions): { width: number; theme: TimelineTheme } {
  if (!options || typeof options !== 'object') throw new Error('timeline picture: options with a title are required');
  const width = options.width ?? 1200;
  if (!Number.isFinite(width) || width < 600 || width > 4000) {
    throw new Error(`timeline picture: width must be between 600 and 4000 px, got ${String(options.width)}`);
  }
  const theme = options.theme ?? 'dark';
  if (!(theme in PALETTES)) throw new Error(`timeline picture: theme must be "dark" or "light", got ${String(theme)}`);
  return { width: Math.round(width), theme };
}

function prepare(points: readonly TimelineInputPoint[]): PreparedPoint[] {
  if (!Array.isArray(points)) throw new Error('timeline picture: points must be an array');
  return points.map((point, index) => {
    const date = point?.date ?? null;
    const mark = (date?.inferred ? '~' : '') + (date?.onOrBefore ? '≤ ' : '');
    return {
      index,
      point,
      lane: cleanLabel(point?.lane ?? '') || '—',
      span: dateSpan(date),
      label: mark + cleanLabel(point?.label ?? ''),
    };
  });
}

export function renderTimelineSvg(points: readonly TimelineInputPoint[], options: TimelineImageOptions): TimelineSvg {
  const { width, theme } = checkOptions(options);
  const palette = PALETTES[theme];
  const prepared = prepare(points);
  const lanes = [...new Set(prepared.map((p) => p.lane))];
  const hasUndated = prepared.some((p) => p.span === null);

  // Horizontal geometry: the time axis, then (if needed) the zone for undated points.
  const plotRight = width - MARGIN - (hasUndated ? UNDATED_ZONE_WIDTH : 0) - 12;
  const zoneLeft = plotRight + 24;
  const zoneRight = width - MARGIN;
  const domain = paddedDomain(prepared.flatMap((p) => (p.span ? [p.span] : [])));
  const x = xScale(domain, PLOT_LEFT, plotRight);
  const ticks = yearTicks(domain, (plotRight - PLOT_LEFT) / (domain.end - domain.start)).map((year) => ({
    year,
    x: x(year),
  }));

  // Markers' x positions, then each lane's labels laid out along x.
  const geometry = new Map<number, Omit<MarkerGeometry, 'cy'>>();
  for (const lane of lanes) {
    const undated = prepared.filter((p) => p.lane === lane && !p.span);
    undated.forEach((p, i) => {
      geometry.set(p.index, {
        shape: 'dot',
        cx: zoneLeft + ((i + 0.5) * (zoneRight - zoneLeft)) / undated.length,
        width: 0,
      });
    });
  }
  for (const p of prepared) {
    if (!p.span) continue;
    const shape =
      p.point.status === 'event'
        ? 'diamond'
        : p.span.precision === 'day'
          ? 'dot'
          : p.span.precision === 'month'
            ? 'bar'
            : 'band';
    geometry.set(p.index, { shape, cx: x((p.span.start + p.span.end) / 2), width: x(p.span.end) - x(p.span.start) });
  }

  const layouts = lanes.map((lane) => {
    const requests: LabelRequest[] = prepared
      .filter((p) => p.lane === lane && p.label)
      // The chosen topic's rounds get first pick of the room, then every round, then other events: a crowded
      // picture may drop an event's label, never a round's before an event's.
      .sort(
        (a, b) =>
          Number(!!b.point.highlighted) - Number(!!a.point.highlighted) ||
          Number(a.point.status === 'event') - Number(b.point.status === 'event') ||
          geometry.get(a.index)!.cx - geometry.get(b.index)!.cx,
      )
      .map((p) => ({ id: p.index, anchorX: geometry.get(p.index)!.cx, text: p.label }));
    return layoutLaneLabels(requests, {
      minX: PLOT_LEFT - 12,
      maxX: width - 12,
      fontSize: LABEL_SIZE,
      rowsPerSide: ROWS_PER_SIDE,
    });
  });

  // Vertical geometry: header, lanes sized by the label rows they use, axis, legend.
  const title = fitText(cleanLabel(options.title ?? ''), width - 2 * MARGIN, TITLE_SIZE, 'bold');
  const subtitle = fitText(cleanLabel(options.subtitle ?? ''), width - 2 * MARGIN, SUBTITLE_SIZE);
  const parts: string[] = [];
  parts.push(
    textElement(title, MARGIN, MARGIN + TITLE_SIZE, { size: TITLE_SIZE, fill: palette.text, weight: 'bold' }, 'title'),
  );
  if (subtitle)
    parts.push(
      textElement(subtitle, MARGIN, MARGIN + TITLE_SIZE + 28, { size: SUBTITLE_SIZE, fill: palette.muted }, 'subtitle'),
    );
  const lanesTop = MARGIN + TITLE_SIZE + (subtitle ? 28 : 0) + 24;

  const background: string[] = [];
  const foreground: string[] = [];
  const labels: LabelBox[] = [];
  let laneTop = lanesTop;
  lanes.forEach((lane, laneIndex) => {
    const layout = layouts[laneIndex]!;
    const above = Math.max(0, ...layout.placed.map((l) => l.row));
    const below = Math.max(0, ...layout.placed.map((l) => -l.row));
    const content = 2 * LANE_PADDING + (above + below) * ROW_HEIGHT + 2 * TRACK_HALF_HEIGHT;
    const laneHeight = Math.max(MIN_LANE_HEIGHT, content);
    const trackY = laneTop + (laneHeight - content) / 2 + LANE_PADDING + above * ROW_HEIGHT + TRACK_HALF_HEIGHT;

    if (laneIndex % 2 === 0)
      background.push(
        `<rect x="0" y="${laneTop}" width="${width}" height="${laneHeight}" fill="${palette.laneBand}"/>`,
      );
    background.push(
      `<line x1="${PLOT_LEFT}" y1="${trackY}" x2="${plotRight}" y2="${trackY}" stroke="${palette.grid}" stroke-width="2"/>`,
    );
    const nameLines = wrapText(lane, LANE_NAME_WIDTH, LANE_NAME_SIZE, 'bold', 2);
    nameLines.forEach((line, i) => {
      const baseline = trackY + LANE_NAME_SIZE * 0.35 + (i - (nameLines.length - 1) / 2) * (LANE_NAME_SIZE + 4);
      foreground.push(
        textElement(line, MARGIN, baseline, { size: LANE_NAME_SIZE, fill: palette.text, weight: 'bold' }, 'lane'),
      );
    });

    for (const p of prepared.filter((q) => q.lane === lane)) {
      foreground.push(markerElement(p.point as TimelinePoint, { ...geometry.get(p.index)!, cy: trackY }, palette));
    }
    for (const placed of layout.placed) {
      const box = labelBox(placed, trackY);
      labels.push({ ...box, text: placed.text, lane });
      const colour = prepared[placed.id]?.point.highlighted ? palette.accent : palette.text;
      foreground.push(leader(geometry.get(placed.id)!.cx, trackY, box, placed.row, palette.muted));
      foreground.push(labelText(placed.text, box, colour, laneIndex % 2 === 0 ? palette.laneBand : palette.background));
    }
    laneTop += laneHeight;
  });
  if (lanes.length === 0) {
    foreground.push(
      textElement(
        'Nothing to draw: no rounds found.',
        width / 2,
        laneTop + 64,
        { size: LABEL_SIZE + 2, fill: palette.muted, anchor: 'middle' },
        'empty',
      ),
    );
    laneTop += MIN_LANE_HEIGHT;
  }

  const axisY = laneTop + 10;
  const axis = { ticks, top: lanesTop, axisY, left: PLOT_LEFT, right: plotRight };
  background.push(...gridElements(axis, palette));
  foreground.push(...axisElements(axis, palette, AXIS_SIZE));
  if (hasUndated) {
    background.push(
      `<line x1="${zoneLeft - 12}" y1="${lanesTop}" x2="${zoneLeft - 12}" y2="${axisY}" stroke="${palette.muted}" stroke-width="1.5" stroke-dasharray="5 4"/>`,
    );
    foreground.push(
      textElement(
        PICTURE_WORDS[options.lang ?? 'en'].undated,
        (zoneLeft + zoneRight) / 2,
        axisY + 8 + AXIS_SIZE,
        { size: AXIS_SIZE, fill: palette.muted, anchor: 'middle' },
        'tick',
      ),
    );
  }
  const legendY = axisY + 8 + AXIS_SIZE + 30;
  const legend = timelineLegend(
    prepared.map((p) => p.point),
    palette,
    options.highlightLabel,
    PICTURE_WORDS[options.lang ?? 'en'],
  );
  foreground.push(...legendElements(legend, MARGIN, width - MARGIN, legendY, palette, LEGEND_SIZE));
  const height = Math.ceil(legendY + 22);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>`,
    ...background,
    ...parts,
    ...foreground,
    '</svg>',
  ].join('\n');
  return {
    svg,
    width,
    height,
    labels,
    markers: prepared.length,
    droppedLabels: layouts.reduce((n, l) => n + l.dropped.length, 0),
  };
}

function labelBox(placed: PlacedLabel, trackY: number): Box {
  const rowTop =
    placed.row > 0
      ? trackY - TRACK_HALF_HEIGHT - placed.row * ROW_HEIGHT
      : trackY + TRACK_HALF_HEIGHT + (-placed.row - 1) * ROW_HEIGHT;
  return {
    x: placed.x,
    y: rowTop + (ROW_HEIGHT - LABEL_BOX_HEIGHT) / 2,
    width: placed.width,
    height: LABEL_BOX_HEIGHT,
  };
}

function labelText(text: string, box: Box, colour: string, halo: string): string {
  const data = ` data-x="${r1(box.x)}" data-y="${r1(box.y)}" data-w="${r1(box.width)}" data-h="${r1(box.height)}"`;
  // DejaVu's ascent is 0.93 em and descent 0.24 em: this baseline centres the glyphs in the box.
  return textElement(text, box.x, box.y + LABEL_SIZE * 0.97, { size: LABEL_SIZE, fill: colour, halo }, 'label', data);
}

/** A thin dotted line from the marker up or down to its label, so a wide label shows which marker it names. */
function leader(cx: number, trackY: number, box: Box, row: number, colour: string): string {
  const from = row > 0 ? trackY - TRACK_HALF_HEIGHT + 2 : trackY + TRACK_HALF_HEIGHT - 2;
  const to = row > 0 ? box.y + box.height : box.y;
  return `<line data-kind="leader" x1="${r1(cx)}" y1="${r1(from)}" x2="${r1(cx)}" y2="${r1(to)}" stroke="${colour}" stroke-width="1" stroke-dasharray="2 2"/>`;
}

function r1(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
