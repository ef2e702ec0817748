/**
 * How the real API delivers the built designer (designer/dist, `npm run designer:build`): its JS and
 * CSS compressed when the browser asks, hashed assets cached for good and index.html never; the first
 * load is the entry chunk and what it preloads, without the mapping designer's CodeMirror; JSON answers
 * compressed too; the agent's event stream never compressed, so its events arrive as they are written.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { designerDist } from '../../src/api/http/designer-static';
import { startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
let dist: string;

beforeAll(async () => {
  const built = designerDist();
  if (!built) throw new Error('designer/dist is missing: run `npm run designer:build` (npm test does)');
  dist = built;
  h = await startHarness('designer-delivery', { worker: false });
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body is read as sent (fetch would decode it), to see the encoding and the bytes on the wire. */
function rawGet(urlPath: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(`${h.url}${urlPath}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** The scripts and stylesheets index.html names: the entry, what it preloads, the CSS. */
function firstLoad(html: string) {
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1] as string);
  return {
    entry: attr(/<script type="module"[^>]*src="([^"]+)"/g),
    preloads: attr(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
    styles: attr(/<link rel="stylesheet"[^>]*href="([^"]+)"/g),
  };
}

test('JS and CSS are compressed when asked, cached for good; index.html is revalidated', async () => {
  const index = await rawGet('/connectors', { accept: 'text/html' });
  expect(index.status).toBe(200);
  expect(index.headers['cache-control']).toMatch(/no-cache|no-store/);
  const byName = await rawGet('/index.html', { accept: 'text/html' });
  expect(byName.headers['cache-control']).toMatch(/no-cache|no-store/);

  const { entry, preloads, styles } = firstLoad(index.body.toString('utf8'));
  expect(entry).toHaveLength(1);
  expect(styles.length).toBeGreaterThan(0);
  // Files under compression's threshold (1 KB, the bundler's tiny runtime) go as they are.
  const worthIt = [...entry, ...preloads, ...styles].filter((asset) => fs.statSync(path.join(dist, asset)).size >= 1024);
  expect(worthIt).toEqual(expect.arrayContaining([...entry, ...styles]));
  for (const asset of [...entry, ...preloads, ...styles]) {
    const onDisk = fs.statSync(path.join(dist, asset)).size;
    for (const encoding of ['gzip', 'br']) {
      const res = await rawGet(asset, { 'accept-encoding': encoding });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toMatch(/immutable/);
      if (!worthIt.includes(asset)) continue;
      expect({ asset, encoding: res.headers['content-encoding'] }).toEqual({ asset, encoding });
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      if (onDisk > 4096) expect(res.body.length).toBeLessThan(onDisk / 2);
    }
    // A client that asks for no encoding gets the file as it is.
    const plain = await rawGet(asset, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBe(fs.statSync(path.join(dist, asset)).size);
  }

  const favicon = await rawGet('/favicon.svg', {});
  expect(favicon.status).toBe(200);
  expect(favicon.headers['content-type']).toMatch(/image\/svg\+xml/);
  expect(index.body.toString('utf8')).toContain('href="/favicon.svg"');
});

test('the first load is the entry chunk and its preloads, well under the whole bundle, without CodeMirror', async () => {
  const { entry, preloads } = firstLoad((await rawGet('/', { accept: 'text/html' })).body.toString('utf8'));
  const scripts = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const size = (file: string) => fs.statSync(path.join(dist, 'assets', file)).size;
  const whole = scripts.reduce((sum, f) => sum + size(f), 0);
  const initial = [...entry, ...preloads].map((p) => path.basename(p));
  const initialSize = initial.reduce((sum, f) => sum + size(f), 0);

  expect(size(initial[0]!)).toBeLessThan(whole / 4);
  expect(initialSize).toBeLessThan(whole * 0.6);
  // CodeMirror has a chunk of its own, loaded only with the mapping designer.
  const codemirror = scripts.filter((f) => f.startsWith('codemirror-'));
  expect(codemirror).toHaveLength(1);
  expect(initial).not.toContain(codemirror[0]);
  expect(initial.some((f) => f.startsWith('react-'))).toBe(true);
});

test('JSON answers are compressed when asked; webhooks answers are not', async () => {
  const doc = await rawGet('/openapi.json', { 'accept-encoding': 'gzip' });
  expect(doc.status).toBe(200);
  expect(doc.headers['content-encoding']).toBe('gzip');

  const list = await rawGet('/api/admin/connectors', { authorization: `Bearer ${h.adminToken}`, 'accept-encoding': 'br' });
  expect(list.status).toBe(200);
  // Below compression's threshold (1 KB) an answer goes as it is; an empty list is that small.
  if (list.body.length >= 1024) expect(list.headers['content-encoding']).toBe('br');

  const webhook = await rawGet('/webhooks/000000000000000000000000/nope/call-log', { 'accept-encoding': 'gzip' });
  expect(webhook.status).toBeGreaterThanOrEqual(400);
  expect(webhook.headers['content-encoding']).toBeUndefined();
});

test("the agent's event stream is not compressed and its first events arrive while it stays open", async () => {
  const agent = await h.admin('POST', '/api/admin/users', {
    email: 'stream-agent@test.local',
    name: 'Stream Agent',
    role: 'agent',
    password: 'agent-password',
    phones: ['+919611795991'],
  });
  expect(agent.status).toBe(201);
  const login = await fetch(`${h.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'stream-agent@test.local', password: 'agent-password' }),
  });
  const { token } = (await login.json()) as { token: string };

  // Asked with a generic Accept, so the stream is told apart by its content type alone.
  let received = '';
  let headers: http.IncomingHttpHeaders = {};
  const req = http.get(`${h.url}/api/agent/events`, {
    headers: { authorization: `Bearer ${token}`, accept: '*/*', 'accept-encoding': 'gzip, deflate, br' },
  });
  req.on('response', (res) => {
    headers = res.headers;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (received += chunk));
  });
  req.on('error', () => undefined);
  try {
    // The stream never ends on its own: its first event arriving proves it is flushed as written.
    await waitFor(async () => received.includes('event: call-state'), 15_000, 'the first event on the open stream');
    expect(headers['content-type']).toMatch(/^text\/event-stream/);
    expect(headers['content-encoding']).toBeUndefined();
    expect(received).toContain('retry: 2000');
  } finally {
    req.destroy();
  }
});
