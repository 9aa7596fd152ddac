/** `GET /healthz` for process managers, on 127.0.0.1 unless HEALTH_HOST says otherwise. */
import { createServer } from 'node:http';
import type { Logger } from './logger.js';

export function startHealthServer(port: number, host: string, status: () => Record<string, unknown> & { ready: boolean }, logger: Logger) {
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
