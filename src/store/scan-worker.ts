/** The worker of ./scan.ts: walks and stats the folder it is given, posts the Scan (or null when that fails), exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { scanFolder } from './scan.js';

const scan = await scanFolder(workerData as string).catch(() => null);
// The typed arrays move, not copied.
parentPort!.postMessage(scan, scan ? [scan.size.buffer, scan.mtimeMs.buffer, scan.exists.buffer] : []);
