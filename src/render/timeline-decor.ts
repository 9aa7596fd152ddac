/**
 * The parts of the timeline picture around the data: title, lane names, year axis and legend.
 * Each function returns SVG markup; all text is cleaned and escaped here.
 */
import { escapeXml } from './svg-escape.js';
import { fitText, textWidth, type FontWeight } from './text-width.js';
import type { Palette } from './timeline-theme.js';

export const FONT_FAMILY = 'DejaVu Sans';

function f(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

export interface TextStyle {
  size: number;
  fill: string;
  weight?: FontWeight;
  anchor?: 'start' | 'middle' | 'end';
  /** Background colour to outline the glyphs with, so grid lines passing behind do not cut through letters. */
  halo?: string;
}

/** A <text> element; `kind` becomes its data-kind so tests can find it. */
export function textElement(
  text: string,
  x: number,
  baseline: number,
  style: TextStyle,
  kind: string,
  extra = '',
): string {
  const weight = style.weight === 'bold' ? ' font-weight="bold"' : '';
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  const halo = style.halo
    ? ` stroke="${style.halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke"`
    : '';
  return `<text data-kind="${kind}"${extra} x="${f(x)}" y="${f(baseline)}" font-size="${style.size}"${weight}${anchor} fill="${style.fill}"${halo}>${escapeXml(text)}</text>`;
}

/** Up to `maxLines` lines of at most `maxWidth` px, breaking at spaces; the last line is shortened if needed. */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const tried = current ? `${current} ${word}` : word;
    if (textWidth(tried, size, weight) <= maxWidth || !current) {
      current = tried;
      continue;
    }
    if (lines.length === maxLines - 1) {
      current = `${current} ${words.slice(i).join(' ')}`;
      break;
    }
    lines.push(current);
    current = word;
  }
  lines.push(current);
  return lines.map((line) => fitText(line, maxWidth, size, weight));
}

export interface AxisGeometry {
  ticks: { year: number; x: number }[];
  top: number;
  axisY: number;
  left: number;
  right: number;
}

/** Faint vertical year lines through the lanes: drawn first, so that labels sit on top of them. */
export function gridElements(axis: AxisGeometry, palette: Palette): string[] {
  return axis.ticks.map(
    ({ x }) =>
      `<line x1="${f(x)}" y1="${f(axis.top)}" x2="${f(x)}" y2="${f(axis.axisY)}" stroke="${palette.grid}" stroke-width="1"/>`,
  );
}

/** The axis line, tick marks and year numbers. */
export function axisElements(axis: AxisGeometry, palette: Palette, fontSize: number): string[] {
  const parts: string[] = [];
  parts.push(
    `<line x1="${f(axis.left)}" y1="${f(axis.axisY)}" x2="${f(axis.right)}" y2="${f(axis.axisY)}" stroke="${palette.muted}" stroke-width="1.5"/>`,
  );
  for (const { year, x } of axis.ticks) {
    parts.push(
      `<line x1="${f(x)}" y1="${f(axis.axisY)}" x2="${f(x)}" y2="${f(axis.axisY + 6)}" stroke="${palette.muted}" stroke-width="1.5"/>`,
    );
    parts.push(
      textElement(
        String(year),
        x,
        axis.axisY + 8 + fontSize,
        { size: fontSize, fill: palette.muted, anchor: 'middle' },
        'tick',
      ),
    );
  }
  return parts;
}

export interface LegendItem {
  /** What the symbol means: "held", "planned", … */
  text: string;
  /** Draws the symbol centred on (cx, cy); none for notes like "~ date inferred". */
  symbol?: (cx: number, cy: number) => string;
}

/** A single row of symbol + word pairs, left to right, stopping before the canvas edge. */
export function legendElements(
  items: LegendItem[],
  left: number,
  right: number,
  y: number,
  palette: Palette,
  fontSize: number,
): string[] {
  const parts: string[] = [];
  let x = left;
  for (const item of items) {
    const indent = item.symbol ? 22 : 0;
    const width = indent + textWidth(item.text, fontSize) + 24;
    if (x + width - 24 > right) break;
    if (item.symbol) parts.push(item.symbol(x + 8, y));
    parts.push(
      textElement(item.text, x + indent, y + fontSize * 0.36, { size: fontSize, fill: palette.muted }, 'legend'),
    );
    x += width;
  }
  return parts;
}
