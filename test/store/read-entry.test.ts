// Reading one corpus file for the store: a file directly in the corpus folder is opened under the folder's real path
// with no look-up of where it lies; whatever is swapped in after the listing, nothing outside the folder is read.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/store/index.js';
import { insideAndOutside } from '../helpers/inside-outside.js';

const INSIDE = 'seeds/000_064f160b2ba67829.txt';
const OUTSIDE = 'seeds/003_17f2a32df134652f.txt';
const { base, root, outside } = insideAndOutside('attache-read-entry-');
for (const name of ['top.txt', 'sub/deep.txt']) copyFileSync(INSIDE, join(root, name));
for (const name of ['top.txt', 'deep.txt']) copyFileSync(OUTSIDE, join(outside, name));
// The corpus folder as an operator may name it: through a link.
symlinkSync(root, join(base, 'via'));

const sha1 = (path: string) => createHash('sha1').update(readFileSync(path)).digest('hex');
/** The file as a listing of the folder `dir` (the folder as given) found it. */
const listed = (dir: string, file: string) => ({
  root,
  path: join(dir, file),
  file,
  id: file,
  size: 1,
  mtimeMs: 1,
  exists: true,
  sidecar: false,
});
const read = async (dir: string, file: string) => {
  const entry = await readEntry(listed(dir, file), 1 << 20);
  if (entry === 'unchanged') throw new Error('no known hash was given');
  return entry;
};

describe('readEntry', () => {
  it('reads files directly in the folder and below it, the folder named through a link', async () => {
    for (const file of ['top.txt', 'sub/deep.txt']) {
      const entry = await read(join(base, 'via'), file);
      expect(entry.skipped).toBeNull();
      expect(entry.hash).toBe(sha1(INSIDE));
    }
  });
  it('refuses a file swapped for a link outside after the listing, directly in the folder or below it', async () => {
    renameSync(join(root, 'top.txt'), join(base, 'top-away.txt'));
    symlinkSync(join(outside, 'top.txt'), join(root, 'top.txt'));
    renameSync(join(root, 'sub'), join(base, 'sub-away'));
    symlinkSync(outside, join(root, 'sub'));
    try {
      for (const file of ['top.txt', 'sub/deep.txt'])
        expect((await read(root, file)).skipped).toMatch(/outside the corpus folder/);
    } finally {
      rmSync(join(root, 'top.txt'));
      rmSync(join(root, 'sub'));
      renameSync(join(base, 'top-away.txt'), join(root, 'top.txt'));
      renameSync(join(base, 'sub-away'), join(root, 'sub'));
    }
  });
  it('reads the listed folder, never the outside, when the link that named it is pointed elsewhere', async () => {
    rmSync(join(base, 'via'));
    symlinkSync(outside, join(base, 'via'));
    try {
      const entry = await read(join(base, 'via'), 'top.txt');
      expect(entry.hash).toBe(sha1(INSIDE));
      expect(entry.hash).not.toBe(sha1(OUTSIDE));
      expect((await read(join(base, 'via'), 'deep.txt')).skipped).toBe('file disappeared before it could be read');
    } finally {
      rmSync(join(base, 'via'));
      symlinkSync(root, join(base, 'via'));
    }
  });
});
