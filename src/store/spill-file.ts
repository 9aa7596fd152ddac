/**
 * The file beside the cache that a cold start puts aside what it holds until the end of the read (./cold-build.ts).
 */
import { closeSync, constants, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import type { ChunkSpill } from '../search/index.js';

/**
 * The index builder's full chunks of entries put aside in a file beside the cache (20 MB at 10,000 articles, 200 MB at
 * 100,000, held through the whole read and then beside the postings they become), and the reports' text until the
 * merge (./packed-knowledge.ts; some 110 MB at 100,000), unlinked as soon as it is open so that nothing is left behind
 * whatever happens. Null when it cannot be made: the chunks stay in memory.
 */
export function spillBeside(cacheFile: string): (ChunkSpill & { fd: number; close(): void }) | null {
  const name = `${cacheFile}.${process.pid}.postings`;
  let fd: number;
  try {
    fd = openSync(name, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch {
    return null;
  }
  try {
    unlinkSync(name);
  } catch {
    // Still usable; removed at close.
  }
  let end = 0;
  let open = true;
  return {
    fd,
    put(bytes) {
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, end + done);
      } catch {
        return -1;
      }
      end += bytes.length;
      return end - bytes.length;
    },
    get: spillReader(fd).get,
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      try {
        unlinkSync(name);
      } catch {
        // Unlinked at the start.
      }
    },
  };
}

/**
 * What was put aside in the spill whose descriptor is `fd`, read back (by any thread of the process: the postings are
 * built on another one, ./postings-worker.ts). Nothing can be put aside through it.
 */
export function spillReader(fd: number): ChunkSpill {
  return {
    put: () => -1,
    get(at, into) {
      for (let done = 0; done < into.length; ) {
        const n = readSync(fd, into, done, into.length - done, at + done);
        if (n === 0) throw new RangeError('index spill cut short');
        done += n;
      }
    },
  };
}
