import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  boxInside,
  type Box,
  renderTimelineSvg,
  type TimelineInputPoint,
  textWidth,
} from '../../src/render/index.js';
import { renderTimelinePng, resvgOptions } from '../../src/render/timeline-png.js';

// --- the three pictures the issue asks for -------------------------------------------------

const single: TimelineInputPoint[] = [
  {
    lane: 'Canada',
    date: { iso: '2021-07-23', precision: 'day', inferred: false },
    label: '1st · Hà Nội',
    status: 'held',
  },
];

// Japan's Defence Policy Dialogue as the seeds tell it: the 2nd round dated only by month (and inferred),
// the 4th on 29 November 2016 in Tokyo, and a 5th that is planned without a date.
const japan: TimelineInputPoint[] = [
  {
    lane: 'Japan',
    date: { iso: '2013-08', precision: 'month', inferred: true },
    label: '2nd · Hà Nội',
    status: 'mentioned',
  },
  {
    lane: 'Japan',
    date: { iso: '2016-11-29', precision: 'day', inferred: false },
    label: '4th · Tokyo',
    status: 'held',
    highlighted: true,
  },
  { lane: 'Japan', date: null, label: '5th', status: 'planned' },
];

const venues = ['Thành phố Hồ Chí Minh', 'Hà Nội', 'Canberra', 'Đà Nẵng'];
const dense: TimelineInputPoint[] = Array.from({ length: 40 }, (_, i) => ({
  lane: ['Australia', 'Hàn Quốc', 'Ấn Độ'][i % 3]!,
  date:
    i % 4 === 0
      ? { iso: String(1998 + Math.floor(i / 2)), precision: 'year', inferred: true }
      : {
          iso: `${1998 + Math.floor(i / 2)}-${String((i % 12) + 1).padStart(2, '0')}`,
          precision: 'month',
          inferred: false,
        },
  label: `Đối thoại Chính sách Quốc phòng lần thứ ${i + 1} · ${venues[i % venues.length]}`,
  status: i % 6 === 0 ? 'mentioned' : i % 13 === 0 ? 'event' : 'held',
  highlighted: i % 5 === 0,
}));

// --- reading the SVG back ---------------------------------------------------------------------

interface DrawnLabel extends Box {
  text: string;
}

function labelsIn(svg: string): DrawnLabel[] {
  const pattern =
    /<text data-kind="label" data-x="([-\d.]+)" data-y="([-\d.]+)" data-w="([-\d.]+)" data-h="([-\d.]+)"[^>]*>([^<]*)<\/text>/g;
  return [...svg.matchAll(pattern)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
    text: m[5]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  }));
}

function markersIn(svg: string): string[] {
  return [...svg.matchAll(/<[a-z]+ data-kind="marker"[^>]*>/g)].map((m) => m[0]);
}

function markerX(element: string): number {
  const cx = /cx="([-\d.]+)"/.exec(element);
  if (cx) return Number(cx[1]);
  const rect = /x="([-\d.]+)" y="[-\d.]+" width="([-\d.]+)"/.exec(element);
  if (rect) return Number(rect[1]) + Number(rect[2]) / 2;
  return Number(/d="M([-\d.]+)/.exec(element)![1]);
}

function expectCleanLayout(svg: string, width: number, height: number): DrawnLabel[] {
  const labels = labelsIn(svg);
  const canvas = { x: 0, y: 0, width, height };
  for (const label of labels) expect(boxInside(label, canvas), `${label.text} inside the canvas`).toBe(true);
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      expect(boxesOverlap(labels[i]!, labels[j]!), `"${labels[i]!.text}" vs "${labels[j]!.text}"`).toBe(false);
    }
  }
  // Leader lines run from a marker to its own label and never through another label's text.
  for (const m of svg.matchAll(/data-kind="leader" x1="([-\d.]+)" y1="([-\d.]+)" x2="[-\d.]+" y2="([-\d.]+)"/g)) {
    const x = Number(m[1]);
    const [top, bottom] = [Number(m[2]), Number(m[3])].sort((a, b) => a - b) as [number, number];
    const crossed = labels.filter((l) => l.x < x && x < l.x + l.width && top < l.y + l.height && l.y < bottom);
    expect(crossed.map((l) => l.text)).toEqual([]);
  }
  return labels;
}

/** Width and height from a PNG's IHDR chunk (right after the 8-byte signature and the chunk header). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('timeline SVG', () => {
  it('draws a single round in the middle of a padded, labelled axis', () => {
    const picture = renderTimelineSvg(single, { title: 'Việt Nam – Canada' });
    expect(picture.width).toBe(1200);
    expect(picture.markers).toBe(1);
    const markers = markersIn(picture.svg);
    expect(markers).toHaveLength(1);
    // Centred: the lone round sits near the middle of the plot, not at an edge.
    const x = markerX(markers[0]!);
    expect(x).toBeGreaterThan(picture.width * 0.45);
    expect(x).toBeLessThan(picture.width * 0.75);
    const ticks = [...picture.svg.matchAll(/data-kind="tick"[^>]*>(\d{4})</g)].map((m) => Number(m[1]));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(2021);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(2022);
    const labels = expectCleanLayout(picture.svg, picture.width, picture.height);
    expect(labels.map((l) => l.text)).toEqual(['1st · Hà Nội']);
    expect(picture.height).toBeGreaterThanOrEqual(120 + 100);
  });

  it('draws the Japan history: a month bar, a day dot, and the undated planned 5th after the axis', () => {
    const picture = renderTimelineSvg(japan, { title: 'Việt Nam – Japan', subtitle: 'Defence Policy Dialogue' });
    const markers = markersIn(picture.svg);
    expect(markers).toHaveLength(3);
    expect(picture.markers).toBe(3);
    const [second, fourth, fifth] = markers as [string, string, string];
    expect(second).toContain('data-shape="bar"');
    expect(second).toContain('data-status="mentioned"');
    expect(fourth).toContain('data-shape="dot"');
    expect(fifth).toContain('stroke-dasharray'); // planned: dashed outline
    expect(markerX(second)).toBeLessThan(markerX(fourth));
    expect(markerX(fifth)).toBeGreaterThan(markerX(fourth));
    // A month is about 1/12 of a year on the axis, and at least 6 px wide.
    const barWidth = Number(/width="([\d.]+)"/.exec(second)![1]);
    expect(barWidth).toBeGreaterThanOrEqual(6);

    const labels = expectCleanLayout(picture.svg, picture.width, picture.height);
    expect(labels.map((l) => l.text).sort()).toEqual(['4th · Tokyo', '5th', '~2nd · Hà Nội']);
    expect(picture.svg).toContain('no date yet');
    expect(picture.svg).toMatch(/data-kind="lane"[^>]*>Japan</);
  });

  it('lays out 40 rounds with long Vietnamese labels in 3 lanes without any overlap', () => {
    const picture = renderTimelineSvg(dense, { title: 'Đối thoại Chính sách Quốc phòng', theme: 'light' });
    expect(markersIn(picture.svg)).toHaveLength(40);
    expect(picture.markers).toBe(40);
    expect(picture.svg.match(/data-kind="lane"/g)).toHaveLength(3);
    const labels = expectCleanLayout(picture.svg, picture.width, picture.height);
    expect(labels.length + picture.droppedLabels).toBe(40);
    expect(labels.length).toBeGreaterThanOrEqual(12);
    const full = new Set(dense.map((p) => p.label));
    for (const label of labels) {
      const text = label.text.replace(/^~/, '');
      // Either the whole label or a shortened start of one.
      if (!full.has(text)) {
        expect(text.endsWith('…')).toBe(true);
        expect([...full].some((f) => f.startsWith(text.slice(0, -1)))).toBe(true);
      }
    }
    // The returned boxes are the ones written into the SVG.
    expect(picture.labels.map((l) => l.text)).toEqual(labels.map((l) => l.text));
    // Three lanes of about 120–160 px each, plus header, axis and legend.
    expect(picture.height).toBeGreaterThan(3 * 120);
    expect(picture.height).toBeLessThan(3 * 200 + 250);
  });

  it('escapes XML and strips control characters from every text', () => {
    const picture = renderTimelineSvg(
      [
        {
          lane: 'A & B <lane>',
          date: { iso: '2020', precision: 'year', inferred: false },
          label: 'x<script>"\'\u0007&\u0000y',
          status: 'event',
        },
      ],
      { title: 'Tom & "Jerry" <b>' },
    );
    expect(picture.svg).toContain('Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
    expect(picture.svg).toContain('A &amp; B &lt;lane&gt;');
    expect(picture.svg).toContain('x&lt;script&gt;&quot;&apos; &amp; y');
    expect(picture.svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(picture.svg).not.toContain('<script>');
    // resvg parses it as XML: malformed markup would throw here.
    expect(() => new Resvg(picture.svg, resvgOptions()).render()).not.toThrow();
  });

  it('copes with missing or unreadable dates and empty input, and rejects a bad width clearly', () => {
    const odd = [
      { lane: 'Japan', date: undefined, label: 'undated', status: 'planned' },
      { lane: 'Japan', date: { iso: 'sometime', precision: 'day', inferred: false }, label: 'garbled', status: 'held' },
      {
        lane: 'Japan',
        date: { iso: '2016-02-30', precision: 'day', inferred: false },
        label: 'no such day',
        status: 'held',
      },
      { lane: '', date: { iso: '2016-02', precision: 'day', inferred: false }, label: '', status: 'mentioned' },
    ] as TimelineInputPoint[];
    const picture = renderTimelineSvg(odd, { title: 'Odd input' });
    expect(markersIn(picture.svg)).toHaveLength(4);
    expectCleanLayout(picture.svg, picture.width, picture.height);
    // "2016-02" is read as a month even though it claims day precision.
    expect(markersIn(picture.svg)[3]).toContain('data-shape="bar"');

    const empty = renderTimelineSvg([], { title: 'Nothing' });
    expect(empty.markers).toBe(0);
    expect(empty.svg).toContain('Nothing to draw');
    expect(pngSize(renderTimelinePng([], { title: 'Nothing' }))).toEqual({ width: 1200, height: empty.height });

    expect(() => renderTimelineSvg(single, { title: 'x', width: 50 })).toThrow(/width must be between/);
    expect(() => renderTimelineSvg(single, { title: 'x', width: Number.NaN })).toThrow(/width/);
    expect(() => renderTimelineSvg(single, { title: 'x', theme: 'purple' as 'dark' })).toThrow(/theme/);
  });
});

describe('timeline PNG', () => {
  it('renders each case at 1200 px wide and the computed height, on an opaque themed background', () => {
    for (const [points, theme] of [
      [single, 'dark'],
      [japan, 'dark'],
      [dense, 'light'],
    ] as const) {
      const options = { title: 'Timeline', theme };
      const { height } = renderTimelineSvg(points, options);
      const png = renderTimelinePng(points, options);
      expect(pngSize(png)).toEqual({ width: 1200, height });
    }
    const pixels = new Resvg(renderTimelineSvg(japan, { title: 'x', theme: 'dark' }).svg, resvgOptions()).render()
      .pixels;
    expect([...pixels.subarray(0, 4)]).toEqual([0x1e, 0x1f, 0x22, 255]);
  });

  // resvg silently leaves out text it has no font for: check that a Vietnamese label really gets pixels.
  const label = 'Đối thoại lần thứ 12 · Thành phố Hồ Chí Minh';
  const box = { x: 300, y: 80, width: textWidth(label, 20), height: 26 };
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="200">` +
    `<rect width="1200" height="200" fill="#1e1f22"/>` +
    `<text x="${box.x}" y="${box.y + 20}" font-size="20" font-family="DejaVu Sans" fill="#f2f3f5">${label}</text></svg>`;

  /** Columns and rows of pixels that differ from the background. */
  function inked(
    pixels: Buffer,
    width: number,
    height: number,
  ): { left: number; right: number; top: number; bottom: number; count: number } {
    let left = width,
      right = -1,
      top = height,
      bottom = -1,
      count = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (pixels[i] === 0x1e && pixels[i + 1] === 0x1f && pixels[i + 2] === 0x22) continue;
        count++;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
    return { left, right, top, bottom, count };
  }

  it('draws Vietnamese text with the bundled font, where our width estimate says it is', () => {
    const image = new Resvg(svg, resvgOptions()).render();
    const ink = inked(image.pixels, image.width, image.height);
    expect(ink.count).toBeGreaterThan(500);
    // All ink lies in the label's box (a few px of slack for diacritics above the line)…
    expect(ink.left).toBeGreaterThanOrEqual(box.x - 1);
    expect(ink.top).toBeGreaterThanOrEqual(box.y - 6);
    expect(ink.bottom).toBeLessThanOrEqual(box.y + box.height + 2);
    // …and the estimated width matches the drawn width to within 3%.
    expect(Math.abs(ink.right - ink.left - box.width) / box.width).toBeLessThan(0.03);
  });

  it('would catch missing fonts: without them the same SVG renders no text at all', () => {
    const image = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [] } }).render();
    expect(inked(image.pixels, image.width, image.height).count).toBe(0);
  });
});
