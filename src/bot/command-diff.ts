/**
 * What a bulk overwrite changes: commands added, removed, updated (any user-visible difference) and unchanged, compared
 * with the commands Discord has registered now. Discord echoes commands back with ids, versions and defaults filled in,
 * so both sides are reduced to the fields we set before comparing.
 */

type Json = unknown;

/** The fields a command or option definition can carry that users see or Discord enforces. */
const COMPARED = [
  'type',
  'name',
  'name_localizations',
  'description',
  'description_localizations',
  'options',
  'choices',
  'required',
  'autocomplete',
  'min_value',
  'max_value',
  'min_length',
  'max_length',
  'channel_types',
  'value',
  'default_member_permissions',
  'nsfw',
  'integration_types',
  'contexts',
] as const;

/** Absent, null, false, empty list and empty map all mean "not set" (Discord leaves defaults out, discord.js writes them). */
function isUnset(value: Json): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value as object).length === 0;
}

function canonical(value: Json, isDefinition: boolean): Json {
  if (Array.isArray(value)) return value.map((v) => canonical(v, isDefinition));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, Json>);
  const kept = isDefinition ? entries.filter(([k]) => (COMPARED as readonly string[]).includes(k)) : entries;
  return Object.fromEntries(
    kept
      .filter(([, v]) => !isUnset(v))
      // Localisation maps are plain maps; options and choices are definitions again.
      .map(([k, v]) => [k, canonical(v, k === 'options' || k === 'choices')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** A top-level command defaults to type 1 (chat input) whether or not the payload says so. */
const asChatInput = (command: { type?: number }) => ({ ...command, type: command.type ?? 1 });

export function sameCommand(local: object, registered: object): boolean {
  return (
    JSON.stringify(canonical(asChatInput(local), true)) === JSON.stringify(canonical(asChatInput(registered), true))
  );
}

export interface CommandDiff {
  added: string[];
  removed: string[];
  updated: string[];
  unchanged: string[];
}

export function diffCommands(registered: readonly { name: string }[], next: readonly { name: string }[]): CommandDiff {
  const before = new Map(registered.map((c) => [c.name, c]));
  const diff: CommandDiff = { added: [], removed: [], updated: [], unchanged: [] };
  for (const command of next) {
    const old = before.get(command.name);
    if (!old) diff.added.push(command.name);
    else (sameCommand(command, old) ? diff.unchanged : diff.updated).push(command.name);
  }
  const kept = new Set(next.map((c) => c.name));
  diff.removed = registered.map((c) => c.name).filter((name) => !kept.has(name));
  return diff;
}

export function describeDiff(diff: CommandDiff, count: number, scope: string): string {
  const list = (names: string[]) => names.join(', ') || '—';
  return `${[
    `Registered ${count} commands (${scope}).`,
    `  added:     ${list(diff.added)}`,
    `  removed:   ${list(diff.removed)}`,
    `  updated:   ${list(diff.updated)}`,
    `  unchanged: ${list(diff.unchanged)}`,
  ].join('\n')}\n`;
}
