/** Discord's message limits, enforced in one place (src/render/discord.ts uses these and nothing else). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** All text of all embeds of one message together. */
  embedTotal: 6000,
  embeds: 10,
  content: 2000,
  customId: 100,
  /** A link button's url. */
  linkUrl: 512,
  buttonLabel: 80,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
} as const;

/** Cut to `max` characters (code points, never half a surrogate pair), ending with "…" when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** Discord counts UTF-16 code units; so do we, to stay under the limit whatever the text. */
export function clipUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
