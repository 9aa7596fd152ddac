// The containment rule read on its own: whatever the path goes through, nothing outside the corpus folder is read.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContained, readContainedSync } from '../../src/corpus/contained.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'attache-contained-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const root = join(base, 'corpus');
const outside = join(base, 'outside');
mkdirSync(join(root, 'sub'), { recursive: true });
mkdirSync(outside);
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
  ['readContained', (path: string) => readContained(root, path, 1 << 20)],
  ['readContainedSync', async (path: string) => readContainedSync(root, path, 1 << 20)],
])('%s', (_, read) => {
  it('reads a file inside, directly or through links that stay inside', async () => {
    for (const path of ['sub/inside.txt', 'in-file.txt', 'in-folder/inside.txt'])
      expect(text(await read(join(root, path)))).toBe('Bài ở trong.\n');
  });
  it('refuses a file outside, through a link as the last step or as a folder on the way', async () => {
    for (const path of ['out-file.txt', 'out-folder/secret.txt'])
      expect(await read(join(root, path))).toEqual({ reason: expect.stringMatching(/outside the corpus folder/) });
  });
  it('says missing for nothing there, and refuses a folder', async () => {
    expect(await read(join(root, 'gone.txt'))).toBe('missing');
    expect(await read(join(root, 'sub'))).toEqual({ reason: expect.stringMatching(/a folder, not a regular file/) });
  });
});
