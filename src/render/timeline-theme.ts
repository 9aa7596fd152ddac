/**
 * Colours for the timeline picture. Both themes paint an opaque background, so the picture reads
 * the same whatever Discord theme shows it; text/background contrast is above 7:1 in both.
 */
export type TimelineTheme = 'dark' | 'light';

export interface Palette {
  background: string;
  /** Every other lane gets this faint band, so the eye can follow a lane across. */
  laneBand: string;
  text: string;
  muted: string;
  grid: string;
  round: string;
  event: string;
  /** The chosen topic's rounds. */
  accent: string;
}

export const PALETTES: Record<TimelineTheme, Palette> = {
  dark: {
    background: '#1e1f22',
    laneBand: '#26282c',
    text: '#f2f3f5',
    muted: '#a4a9b1',
    grid: '#3a3d44',
    round: '#6ea8fe',
    event: '#c4a3ff',
    accent: '#ffb020',
  },
  light: {
    background: '#ffffff',
    laneBand: '#f3f5f8',
    text: '#1f2328',
    muted: '#57606a',
    grid: '#d5dae0',
    round: '#1f6feb',
    event: '#8250df',
    accent: '#d9480f',
  },
};
