/**
 * Each folder under src/ shows one door, its index.ts: code in other folders (and commands/, bench/, test/, scripts/)
 * imports only that. This codemod keeps it so, and can be run again at any time:
 *
 *   npx tsx scripts/doors.ts           write the doors and rewrite the imports that bypass them
 *   npx tsx scripts/doors.ts --check   change nothing; list the imports that bypass a door, exit 1 if any
 *
 * For every folder it finds the names other folders import from its files and re-exports them from the folder's
 * index.ts, below a marker line (everything above the marker is hand-written and kept; a name the hand-written part
 * already exports is not repeated). Then every import of another folder's file becomes an import of that folder's door,
 * merged with any import of the door already there. A file may import its own folder's files, and those of the folders
 * that contain it (src/answers/question/parse.ts may import src/answers/types.ts: through the door it would be a cycle).
 * Exceptions live in scripts/door-exceptions.ts. Run `npm run format` afterwards; test/house/doors.test.ts checks the result.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { DOOR_EXCEPTIONS } from './door-exceptions.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const SCANNED = ['src', 'commands', 'test', 'bench', 'scripts'];
const SKIPPED = new Set(['node_modules', 'fixtures']);
const MARKER =
  '// Re-exported for other folders by scripts/doors.ts (npx tsx scripts/doors.ts); write by hand above this line.';
const LINE_WIDTH = 120;

/** One name of an import or export-from clause: `name` as written in the target module, `alias` as used here. */
interface Name {
  name: string;
  alias?: string;
  typeOnly: boolean;
}

/** An import (or export … from) of another folder's file or door. */
interface CrossImport {
  file: string;
  node: ts.ImportDeclaration | ts.ExportDeclaration;
  /** The file imported, and the folder whose door it should be. */
  target: string;
  folder: string;
  names: Name[];
}

const problems: string[] = [];
const where = (file: string, node: ts.Node) => {
  const source = node.getSourceFile();
  return `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  return { ...ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options, noEmit: true };
}

const options = compilerOptions();

/** The project file a relative specifier names, or undefined for packages and files outside the project. */
function resolveSpecifier(specifier: string, fromFile: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const resolved = ts.resolveModuleName(specifier, fromFile, options, ts.sys).resolvedModule?.resolvedFileName;
  return resolved && !resolved.includes(`${sep}node_modules${sep}`) ? resolve(resolved) : undefined;
}

/** The folder under src/ that holds a file (src/config.ts is in none), or undefined. */
function folderOf(file: string): string | undefined {
  const dir = dirname(file);
  return dir.startsWith(SRC + sep) ? dir : undefined;
}

const inside = (file: string, folder: string) => dirname(file) === folder || dirname(file).startsWith(folder + sep);
const doorOf = (folder: string) => join(folder, 'index.ts');
const isDoor = (file: string) => file === doorOf(dirname(file));

function doorSpecifier(fromFile: string, folder: string): string {
  const path = relative(dirname(fromFile), join(folder, 'index.js')).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** The module specifier of an import or export-from statement, if it is a string. */
function specifierOf(statement: ts.Statement): string | undefined {
  if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) return undefined;
  const spec = statement.moduleSpecifier;
  return spec && ts.isStringLiteral(spec) ? spec.text : undefined;
}

/** The names of an import or export-from clause; undefined for the forms a door cannot carry (default, namespace, `*`). */
function namesOf(node: ts.ImportDeclaration | ts.ExportDeclaration): Name[] | undefined {
  if (ts.isExportDeclaration(node)) {
    if (!node.exportClause || !ts.isNamedExports(node.exportClause)) return undefined;
    return node.exportClause.elements.map((e) => ({
      name: (e.propertyName ?? e.name).text,
      alias: e.propertyName ? e.name.text : undefined,
      typeOnly: node.isTypeOnly || e.isTypeOnly,
    }));
  }
  const clause = node.importClause;
  if (!clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) return undefined;
  return clause.namedBindings.elements.map((e) => ({
    name: (e.propertyName ?? e.name).text,
    alias: e.propertyName ? e.name.text : undefined,
    typeOnly: clause.isTypeOnly || e.isTypeOnly,
  }));
}

/** Every import in `files` of another folder's file or door (exceptions aside). */
function crossImports(program: ts.Program, files: string[]): CrossImport[] {
  const found: CrossImport[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    for (const statement of source.statements) {
      const specifier = specifierOf(statement);
      const target = specifier && resolveSpecifier(specifier, file);
      const folder = target && folderOf(target);
      if (!target || !folder || inside(file, folder) || relative(ROOT, target) in DOOR_EXCEPTIONS) continue;
      const node = statement as ts.ImportDeclaration | ts.ExportDeclaration;
      const names = namesOf(node);
      if (names) found.push({ file, node, target, folder, names });
      else if (target !== doorOf(folder))
        problems.push(`${where(file, node)}: only named imports can go through a door`);
    }
  }
  return found;
}

/** The names the generated part of a door re-exports, each with the file it comes from. */
function generatedExports(doorText: string, door: string): Map<string, string> {
  const origins = new Map<string, string>();
  const source = ts.createSourceFile(door, doorText, ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    const specifier = specifierOf(statement);
    const origin = specifier && resolveSpecifier(specifier, door);
    if (!origin || !ts.isExportDeclaration(statement)) continue;
    for (const { alias, name } of namesOf(statement) ?? []) origins.set(alias ?? name, origin);
  }
  return origins;
}

function exportedSymbol(checker: ts.TypeChecker, program: ts.Program, file: string, name: string) {
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!);
  const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === name);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function exportLine(names: string[], from: string, typeOnly: boolean): string {
  const head = typeOnly ? 'export type' : 'export';
  const line = `${head} { ${names.join(', ')} } from '${from}';`;
  return line.length <= LINE_WIDTH ? line : `${head} {\n${names.map((n) => `  ${n},\n`).join('')}} from '${from}';`;
}

/** The new text of a folder's door, or undefined when it needs none (or would not change). */
function doorText(
  folder: string,
  uses: CrossImport[],
  old: string | undefined,
  program: ts.Program,
  checker: ts.TypeChecker,
) {
  const door = doorOf(folder);
  const cut = old?.indexOf(MARKER) ?? -1;
  const handWritten = old === undefined ? undefined : cut < 0 ? old : old.slice(0, cut);
  const generated = old === undefined || cut < 0 ? new Map<string, string>() : generatedExports(old.slice(cut), door);
  const handNames = new Set(
    old === undefined
      ? []
      : checker
          .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(door)!)!)
          .map((s) => s.name)
          .filter((name) => !generated.has(name)),
  );
  // Each name other folders use, with the file it comes from.
  const wanted = new Map<string, string>();
  for (const use of uses) {
    for (const { name } of use.names) {
      const origin = use.target === door ? generated.get(name) : use.target;
      if (!origin) continue; // the hand-written part exports it
      const earlier = wanted.get(name);
      if (earlier && earlier !== origin) {
        problems.push(
          `${relative(ROOT, folder)}: two files export ${name} (${relative(ROOT, earlier)}, ${relative(ROOT, origin)})`,
        );
      }
      wanted.set(name, origin);
    }
  }
  const byOrigin = new Map<string, { values: string[]; types: string[] }>();
  for (const [name, origin] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const symbol = exportedSymbol(checker, program, origin, name);
    if (handNames.has(name)) {
      if (exportedSymbol(checker, program, door, name) !== symbol) {
        problems.push(`${relative(ROOT, door)} exports a ${name} other than ${relative(ROOT, origin)}'s`);
      }
      continue;
    }
    const entry = byOrigin.get(origin) ?? { values: [], types: [] };
    (symbol && symbol.flags & ts.SymbolFlags.Value ? entry.values : entry.types).push(name);
    byOrigin.set(origin, entry);
  }
  const lines = [...byOrigin]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([origin, { values, types }]) => {
      const from = `./${relative(folder, origin).split(sep).join('/').replace(/\.ts$/, '.js')}`;
      return [values.length ? exportLine(values, from, false) : '', types.length ? exportLine(types, from, true) : ''];
    })
    .filter(Boolean);
  if (handWritten === undefined && lines.length === 0) return undefined;
  const head =
    handWritten?.trimEnd() ?? `/** The door of ${relative(ROOT, folder)}: what other folders may use of it. */`;
  const text = lines.length ? `${head}\n\n${MARKER}\n${lines.join('\n')}\n` : `${head}\n`;
  return text;
}

function mergedImport(uses: CrossImport[], specifier: string): string {
  const names = new Map<string, Name>();
  for (const { name, alias, typeOnly } of uses.flatMap((use) => use.names)) {
    const key = `${name} as ${alias ?? name}`;
    names.set(key, { name, alias, typeOnly: typeOnly && (names.get(key)?.typeOnly ?? true) });
  }
  const all = [...names.values()];
  const allTypes = all.every((n) => n.typeOnly);
  const written = all.map(
    (n) => `${n.typeOnly && !allTypes ? 'type ' : ''}${n.name}${n.alias ? ` as ${n.alias}` : ''}`,
  );
  const head = allTypes ? 'import type' : 'import';
  const line = `${head} { ${written.join(', ')} } from '${specifier}';`;
  return line.length <= LINE_WIDTH
    ? line
    : `${head} {\n${written.map((n) => `  ${n},\n`).join('')}} from '${specifier}';`;
}

/** The file's text with its imports of other folders going through their doors (one import per door). */
function rewrittenImports(file: string, uses: CrossImport[]): string {
  const text = readFileSync(file, 'utf8');
  const edits: { start: number; end: number; text: string }[] = [];
  const byFolder = groupBy(uses, (use) => use.folder);
  for (const [folder, folderUses] of byFolder) {
    const specifier = doorSpecifier(file, folder);
    const imports = folderUses.filter((use) => ts.isImportDeclaration(use.node));
    const onlyDoor = imports.length === 1 && imports[0]!.target === doorOf(folder);
    if (imports.length && !onlyDoor) {
      const [first, ...rest] = imports;
      edits.push({ start: first!.node.getStart(), end: first!.node.getEnd(), text: mergedImport(imports, specifier) });
      for (const use of rest) {
        const end = text[use.node.getEnd()] === '\n' ? use.node.getEnd() + 1 : use.node.getEnd();
        edits.push({ start: use.node.getStart(), end, text: '' });
      }
    }
    for (const use of folderUses.filter((u) => ts.isExportDeclaration(u.node) && u.target !== doorOf(folder))) {
      const spec = use.node.moduleSpecifier!;
      edits.push({ start: spec.getStart(), end: spec.getEnd(), text: `'${specifier}'` });
    }
  }
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end), text);
}

/** Project file → project files it loads at run time (imports that are not type-only). */
function runtimeGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const loads = source.statements.flatMap((statement) => {
      const specifier = specifierOf(statement);
      const target = specifier && resolveSpecifier(specifier, file);
      if (!target) return [];
      const node = statement as ts.ImportDeclaration | ts.ExportDeclaration;
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      const names = namesOf(node);
      return typeOnly || (names?.length && names.every((n) => n.typeOnly)) ? [] : [target];
    });
    graph.set(file, loads);
  }
  return graph;
}

/** File → id of its strongly connected component (Tarjan); files in no cycle get a component of their own. */
function components(graph: Map<string, string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (!component.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      let member: string;
      do {
        member = stack.pop()!;
        component.set(member, index.get(file)!);
      } while (member !== file);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return component;
}

/** Cycles of the new graph that the old one did not have: files that were in no cycle, or in different ones. */
function newCycles(before: Map<string, string[]>, after: Map<string, string[]>): string[][] {
  const was = components(before);
  const cyclic = new Set([...before].filter(([file, loads]) => loads.includes(file)).map(([file]) => file));
  for (const id of new Set(was.values())) {
    const members = [...was].filter(([, c]) => c === id);
    if (members.length > 1) for (const [file] of members) cyclic.add(file);
  }
  const now = groupBy([...components(after)], ([, id]) => id);
  return [...now.values()]
    .map((members) => members.map(([file]) => file))
    .filter((files) => files.length > 1)
    .filter((files) => {
      const old = new Set(files.filter((f) => was.has(f)).map((f) => was.get(f)));
      return old.size > 1 || files.some((f) => was.has(f) && !cyclic.has(f));
    });
}

function main() {
  const check = process.argv.includes('--check');
  const files = SCANNED.flatMap((dir) => tsFiles(join(ROOT, dir)));
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const uses = crossImports(program, files);
  const bypasses = uses.filter((use) => use.target !== doorOf(use.folder));
  if (check) {
    for (const use of bypasses) {
      console.log(
        `${where(use.file, use.node)}: ${relative(ROOT, use.target)} → ${relative(ROOT, doorOf(use.folder))}`,
      );
    }
    for (const problem of problems) console.error(problem);
    console.log(`${bypasses.length} import(s) bypass a door.`);
    process.exit(bypasses.length || problems.length ? 1 : 0);
  }
  // New texts, imports first: a door may itself import other folders' doors.
  const texts = new Map<string, string>();
  for (const [file, fileUses] of groupBy(uses, (use) => use.file)) texts.set(file, rewrittenImports(file, fileUses));
  const usesByFolder = groupBy(uses, (use) => use.folder);
  const generatedDoors = files.filter((f) => isDoor(f) && folderOf(f) && readFileSync(f, 'utf8').includes(MARKER));
  for (const folder of new Set([...usesByFolder.keys(), ...generatedDoors.map(dirname)])) {
    const door = doorOf(folder);
    const old = texts.get(door) ?? (existsSync(door) ? readFileSync(door, 'utf8') : undefined);
    const text = doorText(folder, usesByFolder.get(folder) ?? [], old, program, checker);
    if (text !== undefined) texts.set(door, text);
  }
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    console.error('Nothing written.');
    process.exit(1);
  }
  const before = runtimeGraph(files);
  const changed = [...texts].filter(([file, text]) => !existsSync(file) || text !== readFileSync(file, 'utf8'));
  for (const [file, text] of changed) writeFileSync(file, text);
  console.log(`${changed.length} file(s) written. Now run npm run format.`);
  const cycles = newCycles(before, runtimeGraph([...new Set([...files, ...texts.keys()])]));
  for (const cycle of cycles) console.error(`New import cycle: ${cycle.map((f) => relative(ROOT, f)).join(', ')}`);
  if (cycles.length) process.exit(1);
}

main();
