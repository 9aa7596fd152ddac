/**
 * How far the JavaScript heap may grow between two full garbage collections while the store builds from its files.
 *
 * A cold start's peak memory is mostly garbage, not data: at 10,000 articles the heap reaches 170-180 MB while 60-90
 * MB is live at the end, because V8 lets the heap grow up to four times its live size before the next full collection
 * (a factor it computes from how fast the program allocates). `--heap-growing-percent=20` fixes that factor at 1.2.
 * V8 reads the flag at every full collection, when it sets the next limit, so setting it at run time takes effect at
 * the next one; it is process-wide (worker threads included). It is no hard limit: the heap still grows as far as the
 * live data needs (unlike `--max-old-space-size`, which crashes a process whose data outgrows it).
 *
 * Measured at 10,000 generated articles (store only, tsx): peak RSS 396 -> 300 MB for about 8 % more wall time; 50 %
 * gave 317 MB and was slower. It is held only from the start of a first build that reads files to the end of the save
 * that follows it, then the default (V8's own dynamic factor) comes back: a running bot then collects as V8 decides.
 * When the operator set the flag on the command line or in NODE_OPTIONS, their choice stands and nothing is changed.
 */
import { setFlagsFromString } from 'node:v8';

/** The growing factor, as V8's flag spells it: 20 -> the heap grows by 20 % of its live size. */
export const BUILD_GROWING_PERCENT = 20;
/** The flag's default: V8 computes the factor itself. */
const DEFAULT_GROWING_PERCENT = 0;

const FLAG = 'heap-growing-percent';
const setByOperator = () =>
  process.execArgv.some((arg) => arg.includes(FLAG)) || (process.env.NODE_OPTIONS ?? '').includes(FLAG);

/** Builds under way (two stores may build at once in one process): the flag is restored when the last one ends. */
let holders = 0;

/** Whether the build policy is in force now (tests). */
export const heapIsTight = () => holders > 0;

/**
 * Holds the tighter growing factor until the returned function is called (once is enough; later calls do nothing).
 */
export function tightenHeap(): () => void {
  if (setByOperator()) return () => undefined;
  if (holders++ === 0) setFlagsFromString(`--${FLAG}=${BUILD_GROWING_PERCENT}`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) setFlagsFromString(`--${FLAG}=${DEFAULT_GROWING_PERCENT}`);
  };
}
