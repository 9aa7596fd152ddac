// The listing's paths are the folder as given joined to each name, however the folder is spelt: they key the cache
// and name skipped files, so a listing that builds them faster must build the same strings.
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCorpusFiles } from '../../src/corpus/index.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'attache-listing-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const root = join(base, 'corpus');
mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
for (const file of ['a.txt', 'sub/b.md', 'sub/deeper/c.txt'])
  copyFileSync('seeds/000_064f160b2ba67829.txt', join(root, file));
const FILES = ['a.txt', 'sub/b.md', 'sub/deeper/c.txt'];

describe('listCorpusFiles', () => {
  const spellings = [
    root,
    `${root}${sep}`,
    `${root}${sep}.${sep}`,
    `${root}${sep}sub${sep}..`,
    relative(process.cwd(), root),
    `.${sep}${relative(process.cwd(), root)}`,
    join(base, '..', basename(base), 'corpus'),
  ];
  it.each(spellings)('joins %s to each name as path.join does', async (dir) => {
    const listing = await listCorpusFiles(dir);
    expect(listing.articles).toEqual(FILES.map((file) => join(dir, file)).sort());
    expect(listing.root).toBe(root);
  });
});
