/**
 * `GET /metrics` for a process without the API (the separately run worker): this process's
 * Prometheus registry on its own port, with the API's rule: the configured bearer token, or with
 * none configured, loopback clients only.
 */
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { AppError } from '../errors';
import { metrics } from '../metrics';

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

function answerError(res: http.ServerResponse, error: AppError): void {
  res.writeHead(error.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(error));
}

export async function startMetricsServer(opts: { host: string; port: number; token: string | undefined }): Promise<MetricsServer> {
  const expected = opts.token ? Buffer.from(`Bearer ${opts.token}`) : null;
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD'))
      return answerError(res, new AppError('NOT_FOUND', 'Only GET /metrics is served here.'));
    const given = Buffer.from(req.headers.authorization ?? '');
    const allowed = expected
      ? given.length === expected.length && timingSafeEqual(given, expected)
      : isLoopback(req.socket.remoteAddress ?? '');
    if (!allowed) return answerError(res, new AppError('UNAUTHENTICATED', 'Metrics need the configured METRICS_TOKEN as a bearer token.'));
    metrics.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.contentType }).end(req.method === 'HEAD' ? undefined : text),
      () => answerError(res, new AppError('INTERNAL')),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scrape takes milliseconds; nothing worth waiting for is left on a kept-alive connection.
        server.closeAllConnections();
      }),
  };
}
