/**
 * discord.js's values reach the bot, commands/ and the Discord renderer through one door, src/bot/discord.ts, which
 * requires it (or, compiled, the build's bundle of it): an `import` of a value from 'discord.js' anywhere else would
 * load the package a second way (lexed by the ESM loader, and beside the bundle when compiled). Types are free to come
 * from 'discord.js' with `import type`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DOOR = 'src/bot/discord.ts';

const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

/** Import statements and dynamic imports of 'discord.js' that load it at run time (not `import type`). */
function valueImports(source: string): string[] {
  const statements = [...source.matchAll(/^(?:import|export)\b[^;]*?from\s*['"]discord\.js['"]/gms)].map((m) => m[0]);
  const dynamic = [
    ...source.matchAll(/\bimport\s*\(\s*['"]discord\.js['"]\s*\)|require\(\s*['"]discord\.js['"]\s*\)/g),
  ];
  return [...statements.filter((s) => !/^(?:import|export)\s+type\b/.test(s)), ...dynamic.map((m) => m[0])];
}

describe('the discord.js door', () => {
  it('tells a value import from a type import', () => {
    expect(valueImports("import { Client } from 'discord.js';")).toHaveLength(1);
    expect(valueImports("import {\n  Client,\n  type Interaction,\n} from 'discord.js';")).toHaveLength(1);
    expect(valueImports("export { Events } from 'discord.js';")).toHaveLength(1);
    expect(valueImports("const d = await import('discord.js');")).toHaveLength(1);
    expect(valueImports("import type { Client } from 'discord.js';")).toEqual([]);
    expect(valueImports("import { Client } from './discord.js';")).toEqual([]);
  });

  it('is the only file of src/ and commands/ that loads discord.js', () => {
    const loaders = [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'commands'))].filter(
      (file) => valueImports(readFileSync(join(ROOT, file), 'utf8')).length > 0,
    );
    expect(loaders).toEqual([DOOR]);
  });
});
