/**
 * A worker thread that lays out a cold start's postings (buildPostings) from the index builder's parts while the main
 * thread merges the knowledge table (./cold-build.ts): the two ran one after the other at the end of a cold start, on
 * one core, the other idle (at 100,000 articles the merge took 9 s and the postings 4 s). The chunks the builder put
 * aside are read back through the spill file's descriptor, which every thread of the process shares. The postings'
 * arrays are moved back, not copied.
 *
 * It imports the layout past the search door (scripts/door-exceptions.ts): through the door it loaded the corpus
 * parsers and the vocabulary with its schemas, some 240 ms of CPU (measured alone, compiled, 12 starts) on the core the
 * main thread's merge needs; the layout alone starts in 50-75 ms.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildPostings, type PostingsParts } from '../search/layout.js';
import { spillReader } from './spill-file.js';

export interface PostingsWorkerInput {
  parts: PostingsParts;
  /** The spill file's descriptor, or null when the builder put nothing aside. */
  spillFd: number | null;
}

const { parts, spillFd } = workerData as PostingsWorkerInput;
const postings = buildPostings(parts, spillFd === null ? null : spillReader(spillFd));
const buffers = new Set(Object.values(postings).map((array: ArrayBufferView) => array.buffer as ArrayBuffer));
parentPort!.postMessage(postings, [...buffers]);
