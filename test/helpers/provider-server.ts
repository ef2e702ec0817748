/** A real HTTP server standing in for a provider's endpoint: records requests, answers as told. */
import http from 'node:http';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ProviderServer {
  url: string;
  requests: RecordedRequest[];
  /** Status to answer with from now on. */
  answer(status: number, body?: string): void;
  close(): Promise<void>;
}

export async function startProviderServer(): Promise<ProviderServer> {
  const requests: RecordedRequest[] = [];
  let status = 200;
  let reply = '{"status":"success"}';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status, { 'content-type': 'application/json' }).end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(s, b) {
      status = s;
      if (b !== undefined) reply = b;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
