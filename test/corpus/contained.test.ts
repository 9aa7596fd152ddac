// The containment rule read on its own: whatever the path goes through, nothing outside the corpus folder is read.
import { existsSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContained, readContainedSync } from '../../src/corpus/index.js';
import { insideAndOutside } from '../helpers/inside-outside.js';

const { root, outside } = insideAndOutside('attache-contained-');
writeFileSync(join(root, 'sub', 'inside.txt'), 'Bài ở trong.\n');
writeFileSync(join(outside, 'secret.txt'), 'Bài ở ngoài.\n');
// A folder link that leads outside, a file link that leads outside, a file link and a folder link that stay inside.
symlinkSync(outside, join(root, 'out-folder'));
symlinkSync(join(outside, 'secret.txt'), join(root, 'out-file.txt'));
symlinkSync(join(root, 'sub', 'inside.txt'), join(root, 'in-file.txt'));
symlinkSync(join(root, 'sub'), join(root, 'in-folder'));

const text = (read: Awaited<ReturnType<typeof readContained>>) =>
  typeof read === 'object' && 'bytes' in read ? read.bytes.toString('utf8') : read;

describe.each([
  ['readContained', (inside: string, path: string) => readContained(inside, path, 1 << 20)],
  ['readContainedSync', async (inside: string, path: string) => readContainedSync(inside, path, 1 << 20)],
])('%s', (_, readAt) => {
  const read = (path: string) => readAt(root, path);
  it('reads a file inside, directly or through links that stay inside', async () => {
    for (const path of ['sub/inside.txt', 'in-file.txt', 'in-folder/inside.txt'])
      expect(text(await read(join(root, path)))).toBe('Bài ở trong.\n');
  });
  it('refuses a file outside, through a link as the last step or as a folder on the way', async () => {
    for (const path of ['out-file.txt', 'out-folder/secret.txt'])
      expect(await read(join(root, path))).toEqual({ reason: expect.stringMatching(/outside the corpus folder/) });
  });
  it('refuses the folder above, named from the folder, and the folder itself', async () => {
    expect(await read(`${root}${sep}..`)).toEqual({ reason: expect.stringMatching(/outside the corpus folder/) });
    expect(await read(`${root}${sep}.`)).toEqual({ reason: expect.stringMatching(/a folder, not a regular file/) });
  });
  // A file of /proc says it holds 0 bytes, and holds more: the read stops one byte past the size its handle gave.
  it.runIf(existsSync('/proc/self/status'))('refuses a file that grew past the size its handle gave', async () => {
    const proc = realpathSync('/proc/self');
    expect(await readAt(proc, join(proc, 'status'))).toEqual({
      reason: expect.stringMatching(/grew while it was read/),
    });
  });
  it('says missing for nothing there, and refuses a folder', async () => {
    expect(await read(join(root, 'gone.txt'))).toBe('missing');
    expect(await read(join(root, 'sub'))).toEqual({ reason: expect.stringMatching(/a folder, not a regular file/) });
  });
});
