/**
 * Parsing and extraction alone, on one thread: every article file of a folder parsed and its facts extracted, several
 * rounds over the same texts in one process. Prints one JSON line a round: the CPU milliseconds of each part (CPU time,
 * not wall time, so that other processes on the machine matter less) and a hash of every parsed article and its facts,
 * which a change meant to be faster must leave as it was. The first round pays for compiling (JIT, regexes); the
 * smallest of the later ones is the steady state.
 *
 *   node --import tsx bench/extract-cpu.ts DIR [ROUNDS]
 *   node --cpu-prof --import tsx bench/extract-cpu.ts DIR 3     (a profile of the same work)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/corpus/index.js';
import { extractArticle } from '../src/knowledge/index.js';

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? 1);
if (!dir || !Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write('usage: node --import tsx bench/extract-cpu.ts DIR [ROUNDS]\n');
  process.exit(2);
}
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  process.stderr.write(`extract-cpu: no folder at ${dir}\n`);
  process.exit(2);
}

function articleFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return articleFiles(path);
      return /\.(?:txt|md|html?)$/u.test(name) ? [path] : [];
    });
}

const files = articleFiles(dir);
const texts = files.map((file) => readFileSync(file, 'utf8'));
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

for (let round = 0; round < rounds; round++) {
  let started = cpuMs();
  const articles = texts.map((text, i) => parseArticle({ id: String(i), file: files[i]!, text }));
  const parseMs = cpuMs() - started;
  started = cpuMs();
  const facts = articles.map((article) => (article.passages.length ? extractArticle(article) : null));
  const extractMs = cpuMs() - started;
  const hash = createHash('sha1').update(JSON.stringify(facts)).update(JSON.stringify(articles)).digest('hex');
  process.stdout.write(
    `${JSON.stringify({ files: files.length, round, parseMs: Math.round(parseMs), extractMs: Math.round(extractMs), hash: hash.slice(0, 12) })}\n`,
  );
}
