/** `GET /healthz` for process managers, on 127.0.0.1 unless HEALTH_HOST says otherwise. */
import { createServer } from 'node:http';
import type { Logger } from './logger.js';

const MB = 1024 * 1024;

/** Memory now and the process's peak (the kernel's high-water mark), in MB: what a process manager's limit is set by. */
export function memoryStatus() {
  const { rss, heapUsed } = process.memoryUsage();
  return {
    rssMb: Math.round(rss / MB),
    peakRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    heapUsedMb: Math.round(heapUsed / MB),
  };
}

export function startHealthServer(
  port: number,
  host: string,
  status: () => Record<string, unknown> & { ready: boolean },
  logger: Logger,
) {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/healthz') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const body = status();
    res.writeHead(body.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  server.on('error', (error) => logger.error({ err: error, port, host }, 'health server failed'));
  server.listen(port, host, () => logger.info({ port, host }, 'health endpoint listening'));
  return server;
}
