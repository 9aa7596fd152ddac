/** Text that goes into SVG markup: made safe for XML and for a one-line label. */

// C0/C1 controls (tab and newlines included) and the XML-illegal noncharacters: resvg refuses or mis-draws them.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** One clean line: NFC, controls become spaces, runs of space collapse. */
export function cleanLabel(text: string): string {
  return String(text ?? '')
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escape for both element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
