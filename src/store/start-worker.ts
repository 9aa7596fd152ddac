/**
 * A worker thread running one of this folder's modules. Run from TypeScript sources (tsx), a worker does not inherit
 * the loader, so it registers tsx's loader before importing the module; compiled, it imports the JavaScript directly.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';

/** `name`: the module's file name without extension (e.g. 'read-worker'). */
export function startWorker(name: string, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`./${name}${fromSources ? '.ts' : '.js'}`, import.meta.url).href;
  const options = { workerData, ...(resourceLimits ? { resourceLimits } : {}) };
  if (!fromSources) return new Worker(new URL(entry), options);
  const loader = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(loader)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;
  return new Worker(boot, { eval: true, ...options });
}
