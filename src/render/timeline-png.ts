/**
 * SVG → PNG with resvg, using the DejaVu Sans fonts shipped in the dejavu-fonts-ttf package.
 * System fonts are never loaded: resvg silently leaves out text it has no font for,
 * and a bot host may have no fonts at all (or none with Vietnamese letters).
 */
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { TimelineImageOptions, TimelineInputPoint } from './timeline-svg.js';
import { renderTimelineSvg } from './timeline-svg.js';
import { FONT_FAMILY } from './timeline-decor.js';

const require = createRequire(import.meta.url);

/** Paths of the bundled regular and bold fonts. */
export function bundledFontFiles(): string[] {
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
}

export function resvgOptions(): ResvgRenderOptions {
  return {
    font: { fontFiles: bundledFontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    // Keep the SVG's own size: the layout was computed for it.
    fitTo: { mode: 'original' },
  };
}

/** Rasterise any SVG string with the bundled fonts. */
export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, resvgOptions()).render().asPng();
}

export function renderTimelinePng(points: readonly TimelineInputPoint[], options: TimelineImageOptions): Buffer {
  return svgToPng(renderTimelineSvg(points, options).svg);
}
