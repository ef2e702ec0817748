/**
 * Stopping an HTTP server without cutting answers short: it stops accepting connections at once,
 * lets the requests in flight finish within a grace period, closes keep-alive connections as soon
 * as they fall idle, and only then destroys whatever is left.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface HttpDrain {
  /** Resolves once every connection is closed; `forced` counts the connections cut off at the deadline. */
  close(graceMs: number): Promise<{ forced: number }>;
}

/** Starts tracking the server's requests in flight; call right after the server is created. */
export function trackHttpDrain(server: Server): HttpDrain {
  const inflight = new Set<ServerResponse>();
  let draining = false;

  // A response given while draining tells its client not to reuse the connection; one whose
  // headers went out earlier (a server-sent event stream) has its connection closed once it ends.
  const release = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
    else res.once('finish', () => server.closeIdleConnections());
  };

  // First in line, so the header is set before any handler can answer.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    inflight.add(res);
    res.once('close', () => inflight.delete(res));
    if (draining) release(res);
  });

  return {
    async close(graceMs) {
      draining = true;
      // Closes the listening socket synchronously: from here on a new connection is refused. Node
      // also closes the connections that are idle now.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const res of inflight) release(res);
      let forced = 0;
      const deadline = setTimeout(() => {
        forced = inflight.size;
        server.closeAllConnections();
      }, graceMs);
      await closed;
      clearTimeout(deadline);
      return { forced };
    },
  };
}
